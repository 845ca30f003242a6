/** Every number the softmax widget starts from, shared by its markup and its module, and its settings reader. */
import { getActivation, hasActivation } from '../../../lab/index';
import { checkboxField, numberField, selectField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';

/** A three-arm spiral: 600 points (200 per arm), half for testing. */
export const SOFTMAX_DATASET = { id: 'spiral', size: 600, noise: 0, testFraction: 0.5, classes: 3 } as const;
export const CLASS_NAMES = ['arm 1', 'arm 2', 'arm 3'] as const;

/** 2 → 16 → 16 → 3 with a softmax output; inputs scaled from [−5, 5] to [−1, 1]. */
export const SOFTMAX_MODEL = { hidden: [16, 16], inputScale: 0.2 } as const;

export const SOFTMAX_TARGET = 0.9;

export const SOFTMAX_DEFAULTS = {
  seed: 4,
  activation: 'tanh',
  learningRate: 0.05,
  epochs: 600,
  stopAtTarget: true,
} as const;

export const LEARNING_RATE_RANGE = { min: 0.0001, max: 1 } as const;
export const EPOCH_RANGE = { min: 10, max: 5000 } as const;

export const SOFTMAX_OPTIMIZER = 'adam';
export const EVALUATE_EVERY = 10;
/** Training slice length: with the grid sample in a slice's progress report it stays well under 25 ms. */
export const SLICE_BUDGET_MS = 10;
export const GRID_RESOLUTION = 40;
export const GRID_INTERVAL_MS = 300;

export interface SoftmaxSettings {
  activation: string;
  seed: number;
  learningRate: number;
  epochs: number;
  stopAtTarget: boolean;
}

export function softmaxForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<SoftmaxSettings> {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  return settingsForm<SoftmaxSettings>({
    activation: selectField(find.byId(id('activation')), (text) => (hasActivation(text) && getActivation(text).hiddenUsable
      ? { ok: true, value: text }
      : { ok: false, reason: `"${text}" cannot be used in a hidden layer.` })),
    seed: numberField(find.byId(id('seed'))),
    learningRate: numberField(find.byId(id('lr'))),
    epochs: numberField(find.byId(id('epochs'))),
    stopAtTarget: checkboxField(find.byId(id('stop'))),
  });
}
