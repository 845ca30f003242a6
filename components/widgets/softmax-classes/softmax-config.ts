/** Every number the softmax widget starts from and its settings, shared by its markup and its module. */
import { getActivation, hasActivation, listActivations } from '../../../lab/index';
import { defaultsOf, describeSettings, seedSetting, type SettingsOf } from '../../ui/controls/settings-description';
import type { FieldReading } from '../../ui/controls/settings-form';
import { shortName } from '../../ui/text/activation-names';

/** A three-arm spiral: 600 points (200 per arm), half for testing. */
export const SOFTMAX_DATASET = { id: 'spiral', size: 600, noise: 0, testFraction: 0.5, classes: 3 } as const;
export const CLASS_NAMES = ['arm 1', 'arm 2', 'arm 3'] as const;

/** 2 → 16 → 16 → 3 with a softmax output; inputs scaled from [−5, 5] to [−1, 1]. */
export const SOFTMAX_MODEL = { hidden: [16, 16], inputScale: 0.2 } as const;

export const SOFTMAX_TARGET = 0.9;

export const SOFTMAX_OPTIMIZER = 'adam';
export const EVALUATE_EVERY = 10;
/** Training slice length: with the grid sample in a slice's progress report it stays well under 25 ms. */
export const SLICE_BUDGET_MS = 10;
export const GRID_RESOLUTION = 40;
export const GRID_INTERVAL_MS = 300;

function parseHiddenActivation(text: string): FieldReading<string> {
  return hasActivation(text) && getActivation(text).hiddenUsable ? { ok: true, value: text } : { ok: false, reason: `"${text}" cannot be used in a hidden layer.` };
}

export const SOFTMAX_SETTINGS = describeSettings({
  activation: {
    kind: 'choice', label: 'Hidden activation', default: 'tanh', stacked: true, parse: parseHiddenActivation,
    options: listActivations({ hiddenOnly: true }).map((entry) => ({ value: entry.id, label: shortName(entry) })),
  },
  seed: seedSetting(4, 'Same seed, same data and result.'),
  learningRate: { kind: 'number', id: 'lr', label: 'Learning rate', default: 0.05, min: 0.0001, max: 1 },
  epochs: { kind: 'integer', label: 'Epochs (at most)', default: 600, min: 10, max: 5000 },
  stopAtTarget: {
    kind: 'checkbox', id: 'stop', label: `Stop once test accuracy reaches ${Math.round(SOFTMAX_TARGET * 100)}%`, default: true,
  },
});
export type SoftmaxSettings = SettingsOf<typeof SOFTMAX_SETTINGS>;
export const SOFTMAX_DEFAULTS = defaultsOf(SOFTMAX_SETTINGS);
