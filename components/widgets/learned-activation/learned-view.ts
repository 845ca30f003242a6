/** DOM pieces and text alternatives for the learned-activation widget's traced run and coefficient table. */
import { type ArmRun, baseFunctionLabel, describeMix, mixValue, SHAPE_RANGE, type BaseFunctionId, type CoefficientRows } from '../../../lab/index';
import { buildChartFigure, type BuiltChartFigure } from '../../ui/charts/chart-figure';
import { textTableRow } from '../../ui/charts/table-row';
import { formatFixed as fixed } from '../../ui/text/number-format';
import type { CoefficientSnapshot } from './learned-charts';

/** One figure per hidden layer for the coefficient curves, replacing whatever the container held. */
export function traceFigures(container: HTMLElement, layers: number): BuiltChartFigure[] {
  const figures = Array.from({ length: layers }, (_, layer) => buildChartFigure(`Layer ${layer + 1}: coefficients appear as training runs.`));
  container.replaceChildren(...figures.map(({ figure }) => figure));
  return figures;
}

export function describeShapes(bases: readonly BaseFunctionId[], start: readonly number[], latest: CoefficientSnapshot): string {
  const [lo, hi] = SHAPE_RANGE;
  const layers = latest.coefficients.map((row, index) =>
    `layer ${index + 1}: g(x) = ${describeMix(bases, row)}, so g(${lo}) = ${fixed(mixValue(bases, row, lo))} and g(${hi}) = ${fixed(mixValue(bases, row, hi))}`,
  );
  const when = latest.epoch === 0 ? 'before training' : `at epoch ${latest.epoch}`;
  return `The learned activation g(x) of each hidden layer for x from ${lo} to ${hi}, base seed, ${when}, beside the equal mix it started from (${describeMix(bases, start)}). ${layers.join('; ')}.`;
}

export function describeTrace(bases: readonly BaseFunctionId[], layer: number, trace: readonly CoefficientSnapshot[]): string {
  const first = trace[0];
  const last = trace[trace.length - 1];
  if (!first || !last) return `Layer ${layer + 1}: no coefficients yet.`;
  const moves = bases.map((id, k) => `${baseFunctionLabel(id)} from ${fixed(first.coefficients[layer]?.[k] ?? NaN)} to ${fixed(last.coefficients[layer]?.[k] ?? NaN)}`);
  return `Coefficients of layer ${layer + 1} over the epochs (base seed), one line per base function: ${moves.join(', ')} by epoch ${last.epoch}.`;
}

/** Every learned run's final coefficients, one row per seed and layer, with their sum. */
export function coefficientTable(bases: readonly BaseFunctionId[], runs: readonly ArmRun[]): HTMLTableElement {
  const table = document.createElement('table');
  table.createCaption().textContent = 'Learned coefficients at the end of each run';
  const head = table.createTHead().insertRow();
  for (const text of ['Seed', 'Layer', ...bases.map((id) => `c (${baseFunctionLabel(id)})`), 'Σ c']) {
    head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: text }));
  }
  const rows = runs.flatMap((run) => (run.probes.coefficients ?? []).map((row, layer) => {
    const sum = row.reduce((total, value) => total + value, 0);
    return textTableRow([String(run.seed), String(layer + 1), ...row.map((value) => fixed(value, 3)), fixed(sum, 6)]);
  }));
  table.createTBody().append(...rows);
  return table;
}
