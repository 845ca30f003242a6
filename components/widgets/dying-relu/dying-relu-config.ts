/** What the dying-ReLU widget offers: its settings, whose defaults are lab's DYING_RELU_PRESET, and its chart sizes. */
import { DYING_RELU_PRESET as P } from '../../../lab/index';
import { describeSettings, seedSetting, type SettingsOf } from '../../ui/controls/settings-description';

export const DYING_RELU_SETTINGS = describeSettings({
  seed: seedSetting(P.seed),
  learningRate: { kind: 'number', id: 'lr', label: 'Learning rate', default: P.learningRate, min: 0.0001, max: 3 },
  epochs: { kind: 'integer', label: 'Epochs', default: P.epochs, min: 5, max: 1000, hint: `Counted every ${P.measureEvery} epochs` },
  leakyAlpha: { kind: 'number', id: 'alpha', label: 'Leaky slope α', default: P.leakyAlpha, min: 0.001, max: 0.5 },
});
export type DyingReluSettings = SettingsOf<typeof DYING_RELU_SETTINGS>;

export const CHART_HEIGHT = 260;
export const CHART_MAX_WIDTH = 760;
/** Below this width the two panels stack instead of sitting side by side. */
export const STACK_BELOW_WIDTH = 560;
