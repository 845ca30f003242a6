/**
 * The installed app's icon: the site's logo (a step that became a ramp) in white on the accent
 * blue, drawn at build time. The logo stays inside the central 60 %, so the same image also works
 * as a "maskable" icon that launchers crop to a circle or a squircle.
 */
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [180, 192, 512] as const;
export type IconSize = (typeof ICON_SIZES)[number];
export const ICON_BACKGROUND = '#0b5cad';
const LOGO_PATH = 'M2 19h7.5L14.5 5H22';
/** The logo's 24-unit box is drawn over this share of the icon's width. */
const LOGO_SHARE = 0.6;

export function appIconSvg(size: number): string {
  const scale = (size * LOGO_SHARE) / 24;
  const offset = (size * (1 - LOGO_SHARE)) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    `<rect width="${size}" height="${size}" fill="${ICON_BACKGROUND}"/>`,
    `<path transform="translate(${offset} ${offset}) scale(${scale})" d="${LOGO_PATH}" fill="none" stroke="#ffffff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`,
    '</svg>',
  ].join('');
}

export function renderAppIcon(size: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(appIconSvg(size), { font: { loadSystemFonts: false } }).render().asPng());
}
