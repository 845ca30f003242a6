/** The bench's fixed choices, shared by its markup (built on the server) and its module. */
import type { ExperimentDatasetId, ExperimentInitializer, OptimizerId } from '../../../lab/index';

export const DATASET_OPTIONS: readonly { value: ExperimentDatasetId; label: string }[] = [
  { value: 'iris', label: 'Iris' },
  { value: 'penguins', label: 'Penguins' },
  { value: 'mnist', label: 'MNIST (slice)' },
  { value: 'circle', label: 'Circle (2-D)' },
  { value: 'xor', label: 'XOR (2-D)' },
  { value: 'gauss', label: 'Gauss (2-D)' },
  { value: 'spiral', label: 'Spiral (2-D)' },
];

export const OPTIMIZER_OPTIONS: readonly { value: OptimizerId; label: string }[] = [
  { value: 'adam', label: 'Adam' },
  { value: 'sgd', label: 'SGD' },
  { value: 'momentum', label: 'Momentum' },
  { value: 'rmsprop', label: 'RMSprop' },
];

export const INITIALIZER_OPTIONS: readonly { value: ExperimentInitializer; label: string }[] = [
  { value: 'auto', label: 'Auto (matched)' },
  { value: 'glorot', label: 'Glorot' },
  { value: 'he', label: 'He' },
  { value: 'lecun', label: 'LeCun' },
];

/** Plot symbols, one per activation, so lines differ by shape as well as colour. */
export const CURVE_SYMBOLS = ['circle', 'triangle', 'square', 'diamond', 'star', 'cross', 'wye', 'times', 'plus', 'asterisk'] as const;
/** The Okabe–Ito palette variables from global.css. */
export const CURVE_COLOUR_VARIABLES = ['--c1', '--c2', '--c3', '--c4', '--c5', '--c6'] as const;
