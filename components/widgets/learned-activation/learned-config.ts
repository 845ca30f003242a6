/** Every number the learned-activation widget starts from and its settings, shared by its markup and its module. */
import {
  BASE_FUNCTION_IDS, baseFunctionLabel, checkBaseFunctions, isBaseFunctionId, MIN_BASE_FUNCTIONS, type BaseFunctionId, type CombinationMode,
} from '../../../lab/index';
import { comparisonSettings } from '../../ui/comparison/comparison-form';
import type { SettingsOf } from '../../ui/controls/settings-description';
import type { FieldReading } from '../../ui/controls/settings-form';

export const DATASET_CHOICES = [
  { value: 'spiral', label: 'Two-arm spiral (400 points)' },
  { value: 'circle', label: 'Circle (400 points)' },
  { value: 'xor', label: 'XOR (400 points)' },
  { value: 'penguins', label: 'Penguins (342 birds, 3 species)' },
] as const;
export type LearnedDatasetId = (typeof DATASET_CHOICES)[number]['value'];

/** The synthetic sets: half the points for testing, inputs scaled from [−5, 5] to [−1, 1]. */
export const SYNTHETIC = { size: 400, noise: 0, testFraction: 0.5, inputScale: 0.2 } as const;

export const DATASET_PRESETS: Readonly<Record<LearnedDatasetId, { epochs: number; learningRate: number }>> = {
  spiral: { epochs: 100, learningRate: 0.06 },
  circle: { epochs: 80, learningRate: 0.05 },
  xor: { epochs: 100, learningRate: 0.05 },
  penguins: { epochs: 100, learningRate: 0.05 },
};

export const MODE_CHOICES: readonly { value: CombinationMode; label: string }[] = [
  { value: 'convex', label: 'convex: cᵢ ≥ 0, Σ cᵢ = 1 (softmax)' },
  { value: 'affine', label: 'affine: Σ cᵢ = 1' },
  { value: 'linear', label: 'linear: any cᵢ' },
];

export const DEFAULTS = {
  dataset: 'spiral' as LearnedDatasetId,
  mode: 'convex' as CombinationMode,
  bases: ['identity', 'relu', 'tanh'] as BaseFunctionId[],
  layers: 2,
  units: 16,
  seeds: 3,
  baseSeed: 1,
  ...DATASET_PRESETS.spiral,
};

/** The ticked base functions, or why they cannot be mixed. */
function checkBases(ticked: string[]): FieldReading<BaseFunctionId[]> {
  const ids = ticked.filter(isBaseFunctionId);
  return ids.length < MIN_BASE_FUNCTIONS ? { ok: false, reason: `Tick at least ${MIN_BASE_FUNCTIONS} base functions to mix.` } : { ok: true, value: checkBaseFunctions(ids) };
}

export const LEARNED_SETTINGS = comparisonSettings({ datasets: DATASET_CHOICES, defaults: DEFAULTS, seedCount: { min: 2, max: 10 }, runsPer: 'network' }, {
  mode: { kind: 'choice', label: 'Mode', default: DEFAULTS.mode, options: MODE_CHOICES },
  bases: {
    kind: 'checklist', label: `Base functions (at least ${MIN_BASE_FUNCTIONS})`, default: DEFAULTS.bases, check: checkBases,
    options: BASE_FUNCTION_IDS.map((id) => ({ value: id, label: baseFunctionLabel(id) })),
  },
});
export type LearnedSettings = SettingsOf<typeof LEARNED_SETTINGS>;

export const OPTIMIZER = 'adam';
/** Metrics (and the traced coefficients) are taken this often. */
export const EVALUATE_EVERY = 10;
/** Training slices shorter than the trainer's default: one tfjs step of the learned network may take several ms. */
export const SLICE_BUDGET_MS = 8;

export const SHAPE_CHART_HEIGHT = 240;
export const TRACE_CHART_HEIGHT = 200;
export const CHART_MIN_WIDTH = 280;
export const CHART_MAX_WIDTH = 560;
export const ACCURACY_CHART_MAX_WIDTH = 720;
export const LABEL_WIDTH = 92;
