/** What the dying-ReLU widget offers and how its settings are read; the experiment's defaults are lab's DYING_RELU_PRESET. */
import { numberField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';

export const LEARNING_RATE_RANGE = { min: 0.0001, max: 3 } as const;
export const EPOCH_RANGE = { min: 5, max: 1000 } as const;
export const LEAKY_ALPHA_RANGE = { min: 0.001, max: 0.5 } as const;

export const CHART_HEIGHT = 260;
export const CHART_MAX_WIDTH = 760;
/** Below this width the two panels stack instead of sitting side by side. */
export const STACK_BELOW_WIDTH = 560;

export interface DyingReluSettings {
  seed: number;
  learningRate: number;
  epochs: number;
  leakyAlpha: number;
}

export function dyingReluForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<DyingReluSettings> {
  const input = (suffix: string) => numberField(find.byId(`${root.id}-${suffix}`));
  return settingsForm<DyingReluSettings>({ seed: input('seed'), learningRate: input('lr'), epochs: input('epochs'), leakyAlpha: input('alpha') });
}
