/**
 * What the comparison's numbers say, in words computed from them: accuracy per activation, how the
 * gap compares with seed noise, seed-by-seed tallies, and where the trained β values ended up.
 * No DOM, so it is unit-tested.
 */
import { pairedDifferences, type ArmRun, type BetaSharing } from '../../../lab/index';
import { describeGap, describeMeans, describePaired, type LabelledSummary } from '../../ui/comparison/seed-accuracy';

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

const fixed = (value: number) => value.toFixed(2).replace(/^-/, '−');

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

/** The paragraph under the results: means, the gap against seed noise, seed-by-seed tallies against ReLU. */
export function describeComparison(summaries: readonly LabelledSummary[], runs: readonly ArmRun[], testExamples: number): string[] {
  const relu = summaries.find((summary) => summary.armId === 'relu');
  const tallies = relu
    ? summaries
      .filter((summary) => summary.armId !== 'relu')
      .map((summary) => describePaired(pairedDifferences(runs, 'relu', summary.armId), summary.label, relu.label))
      .filter(Boolean)
    : [];
  return [describeMeans(summaries), describeGap(summaries, testExamples), ...tallies].filter(Boolean);
}
