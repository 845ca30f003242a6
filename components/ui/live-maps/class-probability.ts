/**
 * Numbers behind a class-probability map (k classes, softmax output): how opaque a cell is for how
 * sure the model is, and a text summary of the map. Plain data, no DOM.
 */
import type { GridPrediction } from '../../../lab/index';

/** A cell where every class is equally likely is almost clear; a certain one is at most this opaque. */
export const MIN_OPACITY = 0.06;
export const MAX_OPACITY = 0.62;
/** "Sure" in the summary: the winning class has at least this probability. */
export const SURE_PROBABILITY = 0.9;

/** Opacity for a winning probability p among k classes: p = 1/k (a coin toss) is faint, p = 1 is strong. */
export function confidenceOpacity(probability: number, classes: number): number {
  if (!Number.isFinite(probability) || classes < 2) return 0;
  const chance = 1 / classes;
  const t = Math.min(1, Math.max(0, (probability - chance) / (1 - chance)));
  return MIN_OPACITY + (MAX_OPACITY - MIN_OPACITY) * t;
}

export interface MapSummary {
  /** Share of the plane each class wins, in class order. */
  shares: number[];
  /** Share of the plane where the winner's probability reaches SURE_PROBABILITY. */
  sure: number;
}

export function summariseProbabilityMap(grid: GridPrediction, classes: number): MapSummary {
  if (!grid.classes) throw new Error('summariseProbabilityMap needs a softmax grid (with classes).');
  const counts = new Array<number>(classes).fill(0);
  let sure = 0;
  const cells = grid.values.length;
  for (let i = 0; i < cells; i++) {
    const winner = grid.classes[i]!;
    if (winner >= 0 && winner < classes) counts[winner]! += 1;
    if (grid.values[i]! >= SURE_PROBABILITY) sure += 1;
  }
  return { shares: counts.map((count) => (cells > 0 ? count / cells : 0)), sure: cells > 0 ? sure / cells : 0 };
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

export function describeProbabilityMap(grid: GridPrediction, classNames: readonly string[]): string {
  const { shares, sure } = summariseProbabilityMap(grid, classNames.length);
  const regions = classNames.map((name, index) => `${name} ${percent(shares[index]!)}`).join(', ');
  return `Share of the plane each class wins: ${regions}. The winning probability is at least ${SURE_PROBABILITY} on ${percent(sure)} of the plane.`;
}

/**
 * RGBA pixels of a class-probability map, as Plot's raster draws them: each cell in its winning
 * class's colour (a winner outside 0…k−1 takes the fallback colour after the k class colours), with
 * confidenceOpacity as alpha. `rgb` holds RGBA bytes per colour; the result goes into `pixels`.
 */
export function fillProbabilityPixels(pixels: Uint8ClampedArray, grid: GridPrediction, rgb: ArrayLike<number>, classes: number): void {
  if (!grid.classes) throw new Error('fillProbabilityPixels needs a softmax grid (with classes).');
  const cells = grid.values.length;
  if (pixels.length < cells * 4 || rgb.length < (classes + 1) * 4) throw new Error('fillProbabilityPixels: too few pixels or colours for the grid.');
  for (let cell = 0; cell < cells; cell++) {
    const winner = grid.classes[cell]!;
    const colour = (winner >= 0 && winner < classes ? winner : classes) * 4;
    const at = cell * 4;
    pixels[at] = rgb[colour]!;
    pixels[at + 1] = rgb[colour + 1]!;
    pixels[at + 2] = rgb[colour + 2]!;
    pixels[at + 3] = confidenceOpacity(grid.values[cell]!, classes) * 255;
  }
}
