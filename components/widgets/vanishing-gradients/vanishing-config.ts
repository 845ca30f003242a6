/** What the vanishing-gradient widget offers and how its settings are read; the experiment itself is lab's VANISHING_PRESET. */
import { choiceField, numberField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import type { InitializerId } from '../../../lab/index';

/** Catalog ids offered as the hidden activation, in the order they appear in the select. */
export const VANISHING_ACTIVATIONS = [
  'sigmoid', 'tanh', 'softsign', 'relu', 'leaky-relu', 'elu', 'selu', 'softplus', 'swish', 'gelu', 'mish',
] as const;

export const INITIALIZER_OPTIONS: readonly { value: InitializerId; label: string }[] = [
  { value: 'glorot', label: 'Glorot (uniform)' },
  { value: 'he', label: 'He (normal)' },
  { value: 'lecun', label: 'LeCun (normal)' },
];

/** The one-click comparison. */
export const COMPARISON = { activation: 'relu', initializer: 'he' as InitializerId, label: 'Compare: ReLU with He' } as const;

export const LEARNING_RATE_RANGE = { min: 0.001, max: 5 } as const;
export const EPOCH_RANGE = { min: 1, max: 500 } as const;

/** Below this every layer's gradient is too small for plain gradient descent to move anything. */
export const STALLED_GRADIENT = 1e-4;
export const CHART_HEIGHT = 300;
export const CHART_MAX_WIDTH = 760;

export interface VanishingSettings {
  activation: string;
  initializer: InitializerId;
  seed: number;
  learningRate: number;
  epochs: number;
}

export function vanishingForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<VanishingSettings> {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  return settingsForm<VanishingSettings>({
    activation: choiceField(find.byId(id('activation')), VANISHING_ACTIVATIONS, 'Activation'),
    initializer: choiceField(find.byId(id('initializer')), INITIALIZER_OPTIONS.map((option) => option.value), 'Initialiser'),
    seed: numberField(find.byId(id('seed'))),
    learningRate: numberField(find.byId(id('lr'))),
    epochs: numberField(find.byId(id('epochs'))),
  });
}
