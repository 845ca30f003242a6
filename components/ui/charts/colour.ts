/** Small colour arithmetic for chart palettes (Plot's colour parsing does not understand CSS variables). */
type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const clean = hex.trim().replace('#', '');
  const full = clean.length === 3 ? [...clean].map((c) => c + c).join('') : clean;
  const value = Number.parseInt(full, 16);
  if (full.length !== 6 || Number.isNaN(value)) throw new Error(`not a hex colour: "${hex}"`);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** `amount` of `colour` over `base`: 0 gives base, 1 gives colour. */
export function mixHex(colour: string, base: string, amount: number): string {
  const a = parseHex(colour);
  const b = parseHex(base);
  return toHex([0, 1, 2].map((i) => b[i] + (a[i] - b[i]) * amount) as Rgb);
}
