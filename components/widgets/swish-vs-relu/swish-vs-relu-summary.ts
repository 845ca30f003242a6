/** Where the trained β values ended up, in numbers and words computed from the runs. No DOM, so it is unit-tested. */
import type { ArmRun, BetaSharing } from '../../../lab/index';
import { formatFixed as fixed } from '../../ui/text/number-format';

export interface BetaLayerSpread {
  layer: number;
  values: number[];
  min: number;
  max: number;
  mean: number;
  median: number;
  negative: number;
}

/** β values of the trained arm, grouped by hidden layer over every seed that finished. */
export function betaSpreads(runs: readonly ArmRun[]): BetaLayerSpread[] {
  const byLayer: number[][] = [];
  for (const run of runs) {
    run.probes.betas?.forEach((values, layer) => {
      (byLayer[layer] ??= []).push(...values.filter(Number.isFinite));
    });
  }
  return byLayer.map((values, layer) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    return {
      layer: layer + 1,
      values,
      min: sorted[0]!,
      max: sorted[sorted.length - 1]!,
      mean: values.reduce((sum, value) => sum + value, 0) / values.length,
      median,
      negative: values.filter((value) => value < 0).length,
    };
  }).filter((spread) => spread.values.length > 0);
}

export function describeBetas(spreads: readonly BetaLayerSpread[], sharing: BetaSharing, initialBeta: number): string {
  if (spreads.length === 0) return '';
  const perLayer = spreads.map((spread) => {
    const where = spreads.length > 1 ? `in layer ${spread.layer} ` : '';
    if (sharing === 'layer') {
      return `the trained β ${where}ended between ${fixed(spread.min)} and ${fixed(spread.max)} (mean ${fixed(spread.mean)}) over ${spread.values.length} seeds`;
    }
    const negative = spread.negative > 0 ? `; ${spread.negative} ended below 0` : '';
    return `the ${spread.values.length} per-unit β values ${where}ended between ${fixed(spread.min)} and ${fixed(spread.max)} (median ${fixed(spread.median)}${negative})`;
  });
  const mirrored = spreads.some((spread) => spread.negative > 0)
    ? ' A negative β mirrors the gate: the unit passes negative inputs and blocks positive ones.'
    : '';
  return `Starting from β = ${initialBeta}, ${perLayer.join('; ')}.${mirrored}`;
}
