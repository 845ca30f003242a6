/** What the vanishing-gradient widget offers: its settings (defaults from lab's VANISHING_PRESET), the comparison and chart sizes. */
import { getActivation, VANISHING_PRESET as P, type InitializerId } from '../../../lab/index';
import { describeSettings, seedSetting, type SettingsOf } from '../../ui/controls/settings-description';

/** Catalog ids offered as the hidden activation, in the order they appear in the select. */
const ACTIVATIONS = ['sigmoid', 'tanh', 'softsign', 'relu', 'leaky-relu', 'elu', 'selu', 'softplus', 'swish', 'gelu', 'mish'] as const;

const INITIALIZER_OPTIONS: readonly { value: InitializerId; label: string }[] = [
  { value: 'glorot', label: 'Glorot (uniform)' },
  { value: 'he', label: 'He (normal)' },
  { value: 'lecun', label: 'LeCun (normal)' },
];

/** The two selects sit in a fieldset that is locked as a whole while the network trains. */
export const VANISHING_SETTINGS = describeSettings({
  activation: {
    kind: 'choice', label: 'Activation', default: P.activation, options: ACTIVATIONS.map((value) => ({ value, label: getActivation(value).name })),
    lockWhileRunning: false,
  },
  initializer: { kind: 'choice', label: 'Initialiser', default: P.initializer, options: INITIALIZER_OPTIONS, lockWhileRunning: false },
  seed: seedSetting(P.seed),
  learningRate: { kind: 'number', id: 'lr', label: 'Learning rate', default: P.learningRate, min: 0.001, max: 5 },
  epochs: { kind: 'integer', label: 'Epochs', default: P.epochs, min: 1, max: 500, hint: `Measured every ${P.measureEvery} epochs` },
});
export type VanishingSettings = SettingsOf<typeof VANISHING_SETTINGS>;

/** The one-click comparison. */
export const COMPARISON = { settings: { activation: 'relu', initializer: 'he' }, label: 'Compare: ReLU with He' } as const;

/** Below this every layer's gradient is too small for plain gradient descent to move anything. */
export const STALLED_GRADIENT = 1e-4;
export const CHART_HEIGHT = 300;
export const CHART_MAX_WIDTH = 760;
