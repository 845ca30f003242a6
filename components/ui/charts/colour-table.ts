/**
 * Recolouring a raster from a colour lookup table: `steps` RGBA entries spread evenly over [lo, hi]
 * (read from a chart's own colour scale), so a live map shows the colours Plot would draw. Plain data, no DOM.
 */
export function fillFromColourTable(pixels: Uint8ClampedArray, values: ArrayLike<number>, table: ArrayLike<number>, lo: number, hi: number): void {
  const steps = Math.floor(table.length / 4);
  if (steps < 2 || !(hi > lo)) throw new Error('fillFromColourTable needs at least two colours and lo < hi.');
  if (pixels.length < values.length * 4) throw new Error('fillFromColourTable: too few pixels for the values.');
  const top = steps - 1;
  for (let cell = 0; cell < values.length; cell++) {
    const value = values[cell]!;
    const at = cell * 4;
    if (!Number.isFinite(value)) {
      pixels[at + 3] = 0;
      continue;
    }
    const step = Math.round(Math.min(1, Math.max(0, (value - lo) / (hi - lo))) * top) * 4;
    pixels[at] = table[step]!;
    pixels[at + 1] = table[step + 1]!;
    pixels[at + 2] = table[step + 2]!;
    pixels[at + 3] = table[step + 3]!;
  }
}
