/**
 * A page's social preview (1200 × 630 PNG, the size Open Graph and Twitter cards expect): the guide's
 * name, the chapter's number and title, and a figure of activation curves with their names. Laid out
 * with satori (text becomes outlines, so no font is needed later) and rasterised with resvg; the
 * fonts are KaTeX's sans-serif faces, which the site already ships.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { curveFigureSvg, curvesFor, FIGURE_SIZE, swatchSvg } from './curve-figure.ts';

export const CARD_SIZE = { width: 1200, height: 630 } as const;
const COLOURS = { background: '#ffffff', band: '#0b5cad', text: '#1b1f24', muted: '#57606a' } as const;
/** The site's logo (site/layouts/parts/SiteHeader.astro): a step that became a ramp. */
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="44" height="44" viewBox="0 0 24 24"><path fill="none" stroke="${COLOURS.band}" stroke-width="2.4" stroke-linecap="round" d="M2 19h7.5L14.5 5H22"/></svg>`;
const FONT_FILES = [
  { name: 'Sans', file: 'KaTeX_SansSerif-Regular.ttf', weight: 400 },
  { name: 'Sans', file: 'KaTeX_SansSerif-Bold.ttf', weight: 700 },
  // Greek letters and a few symbols the sans faces lack.
  { name: 'Main', file: 'KaTeX_Main-Regular.ttf', weight: 400 },
] as const;

export interface CardText {
  /** "Chapter 4", or a line about the guide on the landing page's card. */
  eyebrow: string;
  title: string;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };

function node(type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node {
  return { type, props: { style, children, ...extra } };
}

async function loadFonts() {
  // The project's own require, so the fonts are found however the build bundles this file.
  const katexMain = createRequire(path.join(process.cwd(), 'package.json')).resolve('katex');
  const fontDir = path.join(path.dirname(katexMain), 'fonts');
  return Promise.all(FONT_FILES.map(async ({ name, file, weight }) => ({
    name, weight, style: 'normal' as const, data: await readFile(path.join(fontDir, file)),
  })));
}

function svgImage(svg: string, width: number, height: number): Node {
  return node('img', {}, undefined, { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, width, height });
}

function legend(ids: readonly string[]): Node {
  const items = curvesFor(ids).map((curve) => node('div', { display: 'flex', alignItems: 'center', gap: 10 }, [
    svgImage(swatchSvg(curve), 48, 12),
    node('div', { fontSize: 26, color: COLOURS.muted }, curve.label),
  ]));
  return node('div', { display: 'flex', flexWrap: 'wrap', gap: '10px 28px', marginTop: 16 }, items);
}

function card(text: CardText, figureIds: readonly string[]): Node {
  const words = node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 40 }, [
    node('div', { display: 'flex', alignItems: 'center', gap: 14, fontSize: 34, fontWeight: 700, color: COLOURS.band }, [
      svgImage(LOGO_SVG, 44, 44),
      node('div', {}, 'Activation Lab'),
    ]),
    node('div', { display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center' }, [
      node('div', { fontSize: 30, color: COLOURS.muted, marginBottom: 12 }, text.eyebrow),
      node('div', { fontSize: text.title.length > 28 ? 64 : 76, fontWeight: 700, lineHeight: 1.1, color: COLOURS.text }, text.title),
    ]),
    legend(figureIds),
  ]);
  const picture = svgImage(curveFigureSvg(figureIds), FIGURE_SIZE.width, FIGURE_SIZE.height);
  return node('div', {
    display: 'flex', boxSizing: 'border-box', width: CARD_SIZE.width, height: CARD_SIZE.height, padding: '48px 64px', background: COLOURS.background,
    borderTop: `16px solid ${COLOURS.band}`, fontFamily: 'Sans, Main',
  }, [words, node('div', { display: 'flex', alignItems: 'center', flexShrink: 0 }, picture)]);
}

/** The card laid out as SVG (text as outlines). */
export async function cardSvg(text: CardText, figureIds: readonly string[]): Promise<string> {
  return satori(card(text, figureIds) as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: await loadFonts() });
}

/** The card as PNG bytes. */
export async function renderSocialCard(text: CardText, figureIds: readonly string[]): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await cardSvg(text, figureIds);
  // A copy on a plain ArrayBuffer, which is what a Response body accepts.
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());
}
