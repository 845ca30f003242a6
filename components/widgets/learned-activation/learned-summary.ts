/**
 * The learned-activation widget's words, computed from the runs: mean coefficients per layer over the
 * seeds and how far each seed's mix sits from its constraint. No DOM.
 */
import { type ArmRun, describeMix, LEARNED_ARM_ID, type BaseFunctionId, type CombinationMode, type CoefficientRows } from '../../../lab/index';

/** Mean coefficients per hidden layer over every learned run that finished. */
export function meanCoefficients(runs: readonly ArmRun[]): number[][] {
  const probes = runs.filter((run) => run.arm === LEARNED_ARM_ID).flatMap((run): CoefficientRows[] => (run.probes.coefficients ? [run.probes.coefficients] : []));
  if (probes.length === 0) return [];
  return probes[0]!.map((row, layer) =>
    row.map((_, k) => probes.reduce((sum, probe) => sum + (probe[layer]?.[k] ?? 0), 0) / probes.length),
  );
}

/** The largest violation of the mode's constraint over all seeds and layers (0 for the linear mode). */
export function worstConstraintError(runs: readonly ArmRun[], mode: CombinationMode): { sum: number; negative: number } {
  if (mode === 'linear') return { sum: 0, negative: 0 };
  const rows = runs.flatMap((run) => run.probes.coefficients ?? []);
  const sum = Math.max(0, ...rows.map((row) => Math.abs(row.reduce((total, c) => total + c, 0) - 1)));
  const negative = mode === 'convex' ? Math.max(0, ...rows.flatMap((row) => row.map((c) => -c))) : 0;
  return { sum, negative };
}

export function describeMeanMix(bases: readonly BaseFunctionId[], means: readonly number[][], seeds: number): string {
  if (means.length === 0) return '';
  const layers = means.map((row, index) => `${means.length > 1 ? `layer ${index + 1}: ` : ''}g(x) = ${describeMix(bases, row)}`);
  return `Averaged over ${seeds} seed${seeds === 1 ? '' : 's'}, the learned activation${means.length > 1 ? 's are' : ' is'} ${layers.join('; ')}.`;
}
