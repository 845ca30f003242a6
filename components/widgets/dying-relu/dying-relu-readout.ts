/** The sentences under the chart and the per-layer table: dead units in each run at the latest epoch. */
import type { DeadUnitReport, DeadUnitSnapshot, DyingReluArm } from '../../../lab/index';
import { formatWholePercent } from '../../ui/text/number-format';

function totals(report: DeadUnitReport): { units: number; dead: number; neverPositive: number } {
  return report.layers.reduce(
    (sum, layer) => ({ units: sum.units + layer.units, dead: sum.dead + layer.dead, neverPositive: sum.neverPositive + layer.neverPositive }),
    { units: 0, dead: 0, neverPositive: 0 },
  );
}

export function latestOf(snapshots: readonly DeadUnitSnapshot[], arm: DyingReluArm): DeadUnitSnapshot | undefined {
  return snapshots.filter((snapshot) => snapshot.arm === arm).at(-1);
}

export function describeDeadUnits(
  snapshots: readonly DeadUnitSnapshot[],
  armNames: Readonly<Record<DyingReluArm, string>>,
  testAccuracies: Partial<Record<DyingReluArm, number>> = {},
): string[] {
  const relu = latestOf(snapshots, 'relu');
  const leaky = latestOf(snapshots, 'leaky');
  const start = snapshots.find((snapshot) => snapshot.arm === 'relu' && snapshot.epoch === 0);
  if (!relu || !leaky || !start) return [];
  const accuracy = (arm: DyingReluArm) => {
    const value = testAccuracies[arm];
    return value === undefined || !Number.isFinite(value) ? '' : `; test accuracy ${formatWholePercent(value)}`;
  };
  const r = totals(relu.report);
  const l = totals(leaky.report);
  const s = totals(start.report);
  return [
    `${armNames.relu}: ${r.dead} of ${r.units} hidden units dead at epoch ${relu.epoch} (${formatWholePercent(r.dead / r.units)}), ` +
      `up from ${s.dead} (${formatWholePercent(s.dead / s.units)}) before training${accuracy('relu')}.`,
    `${armNames.leaky}: ${l.dead} dead at epoch ${leaky.epoch}. ${l.neverPositive} units are negative for every input, ` +
      `yet each still passes back a gradient scaled by α and can recover${accuracy('leaky')}.`,
  ];
}

/** One table row per hidden layer: units, ReLU dead, leaky dead, leaky never positive. */
export function layerRows(snapshots: readonly DeadUnitSnapshot[]): string[][] {
  const relu = latestOf(snapshots, 'relu');
  const leaky = latestOf(snapshots, 'leaky');
  if (!relu || !leaky) return [];
  return relu.report.layers.map((layer, index) => {
    const other = leaky.report.layers[index];
    return [
      `Layer ${index + 1}`,
      `${layer.dead} of ${layer.units}`,
      other ? `${other.dead} of ${other.units}` : '—',
      other ? `${other.neverPositive} of ${other.units}` : '—',
    ];
  });
}
