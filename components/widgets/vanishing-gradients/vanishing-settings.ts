/** The vanishing-gradient widget's settings: activation, initialiser and the training numbers. */
import type { InitializerId } from '../../../lab/index';
import { choiceField, numberField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import { INITIALIZER_OPTIONS, VANISHING_ACTIVATIONS } from './vanishing-config';

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
