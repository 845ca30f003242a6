/** Every number the Swish-versus-ReLU comparison starts from and its settings, shared by its markup and its module. */
import type { BetaSharing } from '../../../lab/index';
import { comparisonSettings } from '../../ui/comparison/comparison-form';
import type { Option, SettingsOf } from '../../ui/controls/settings-description';

export const DATASET_CHOICES = [
  { value: 'penguins', label: 'Penguins (342 birds, 3 species)' },
  { value: 'iris', label: 'Iris (150 flowers, 3 species)' },
  { value: 'mnist', label: 'MNIST, 600 digits (slow: about a minute)' },
] as const;
export type SwishDatasetId = (typeof DATASET_CHOICES)[number]['value'];

/** Images taken from the shipped 2,000-digit slice when MNIST is chosen (after a seeded shuffle). */
export const MNIST_SUBSET = 600;

/** Suggested settings per data set, loaded when the reader picks one. */
export const DATASET_PRESETS: Readonly<Record<SwishDatasetId, { units: number; epochs: number; learningRate: number }>> = {
  penguins: { units: 16, epochs: 100, learningRate: 0.05 },
  iris: { units: 16, epochs: 100, learningRate: 0.05 },
  mnist: { units: 32, epochs: 100, learningRate: 0.01 },
};

export const DEFAULTS = {
  dataset: 'penguins' as SwishDatasetId,
  layers: 1,
  sharing: 'layer' as BetaSharing,
  seeds: 5,
  baseSeed: 1,
  ...DATASET_PRESETS.penguins,
};

export const SWISH_SETTINGS = comparisonSettings({ datasets: DATASET_CHOICES, defaults: DEFAULTS, seedCount: { min: 2, max: 20 }, runsPer: 'activation' }, {
  sharing: {
    kind: 'choice', label: 'Trained β', default: DEFAULTS.sharing, lockWhileRunning: false,
    options: [{ value: 'layer', label: 'one β per layer' }, { value: 'unit', label: 'one β per unit' }] satisfies Option<BetaSharing>[],
  },
});
export type SwishSettings = SettingsOf<typeof SWISH_SETTINGS>;

/** Whole-batch Adam: the quickest way to many comparable runs. */
export const OPTIMIZER = 'adam';
/** Test metrics are measured this often (and always on the last epoch). */
export const EVALUATE_EVERY = 25;
/** Training slices shorter than the trainer's default: one tfjs step of the trained-β network may take several ms. */
export const SLICE_BUDGET_MS = 8;

/** The arm whose mean test accuracy is the demo's figure. */
export const TRAINED_ARM = 'swish-trained';

export const ACCURACY_CHART_MAX_WIDTH = 720;
export const BETA_CHART_MAX_WIDTH = 720;
export const CHART_MIN_WIDTH = 300;
