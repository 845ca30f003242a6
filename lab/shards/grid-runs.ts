/**
 * Checks that recorded runs belong to one grid: the same config, the same data, and each run at
 * the position where the grid has its activation and seed. Shared by merge and resume.
 */
import { activationLabel, formatActivation } from '../experiments/activation-list.ts';
import type { ExperimentActivation, ExperimentConfig, GridCell } from '../experiments/definition.ts';
import { quote } from '../experiments/text-values.ts';
import { CONFIG_FIELDS } from '../experiments/validate-config.ts';

/** What merge and resume need of a run record; today's RunRecord and the version-2 TracedRun both have it. */
export interface GridRun {
  index: number;
  seed: number;
  activation: ExperimentActivation;
  config: ExperimentConfig;
  /** Version-2 records carry the data set's hash; older ones do not. */
  dataHash?: string;
}

/** "run 5 (relu, seed 3)": 1-based, as the CLI's progress lines count. */
export function describeRun(run: Pick<GridCell, 'index' | 'activation' | 'seed'>): string {
  return `run ${run.index + 1} (${activationLabel(run.activation)}, seed ${run.seed})`;
}

/** The first setting in which b differs from a, in words; null when they are the same. */
export function configDifference(a: ExperimentConfig, b: ExperimentConfig): string | null {
  for (const field of CONFIG_FIELDS) {
    const [x, y] = [JSON.stringify(a[field]), JSON.stringify(b[field])];
    if (x !== y) return `${field} is ${quote(y)}, not ${quote(x)}`;
  }
  return null;
}

/** Why a run does not fit the grid's plan at its position, or null when it does. */
export function planMismatch(run: Pick<GridRun, 'index' | 'seed' | 'activation'>, plans: readonly GridCell[]): string | null {
  const plan = plans[run.index];
  if (plan === undefined) return `its position ${run.index + 1} is outside the grid of ${plans.length} runs`;
  if (plan.seed !== run.seed || formatActivation(plan.activation) !== formatActivation(run.activation)) {
    return `it is ${activationLabel(run.activation)} with seed ${run.seed}, but the grid has ${activationLabel(plan.activation)} with seed ${plan.seed} at position ${run.index + 1}`;
  }
  return null;
}

/** The setting every run of a grid shares: its config and, for version-2 records, its data. */
export type GridSetting = Pick<GridRun, 'config' | 'dataHash'>;

/** Why run was made in another setting (config or data), or null. */
export function settingMismatch(run: GridRun, reference: GridSetting): string | null {
  const config = configDifference(reference.config, run.config);
  if (config !== null) return `its config differs: ${config}`;
  if (run.dataHash !== reference.dataHash) {
    return `it was trained on other data (data hash ${quote(run.dataHash ?? 'none')}, not ${quote(reference.dataHash ?? 'none')})`;
  }
  return null;
}
