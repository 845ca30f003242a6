/** The dying-ReLU widget's settings: seed, learning rate, epochs and the leaky slope. */
import { numberField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';

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
