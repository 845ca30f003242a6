// One social preview PNG per chapter and one for the landing page, drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chaptersInOrder } from '../../lib-chapters';
import { renderSocialCard } from '../../social/social-card';
import { chapterCard, LANDING_CARD, type SocialCard } from '../../social/social-pages';

export const getStaticPaths = (async () => {
  const cards = [LANDING_CARD, ...(await chaptersInOrder()).map(chapterCard)];
  return cards.map((card) => ({ params: { name: card.name }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const png = await renderSocialCard(props.card.text, props.card.figure);
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
