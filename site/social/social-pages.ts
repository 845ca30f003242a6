/** Which social preview image each page has, and what is drawn on it. */
import type { Chapter } from '../lib-chapters';
import { chapterSlug } from '../lib-chapters';
import type { CardText } from './social-card';

/** Drawn when a chapter names no figure of its own (frontmatter `figure`). */
export const DEFAULT_FIGURE = ['sigmoid', 'tanh', 'relu', 'swish'] as const;
export const LANDING_CARD_NAME = 'guide';

export interface SocialCard {
  /** File name without extension under /social/. */
  name: string;
  text: CardText;
  figure: readonly string[];
}

export function chapterCard(chapter: Chapter): SocialCard {
  return {
    name: chapterSlug(chapter),
    text: { eyebrow: `Chapter ${chapter.data.order}`, title: chapter.data.title },
    figure: chapter.data.figure ?? DEFAULT_FIGURE,
  };
}

export const LANDING_CARD: SocialCard = {
  name: LANDING_CARD_NAME,
  text: { eyebrow: 'An interactive guide', title: 'Activation functions, trained in your browser' },
  figure: ['step', 'sigmoid', 'relu', 'swish'],
};

/** The image's path on the site (under the base path). */
export function socialImagePath(name: string): string {
  return `${import.meta.env.BASE_URL}social/${name}.png`;
}
