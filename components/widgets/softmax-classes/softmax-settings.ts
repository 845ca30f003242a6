/** The softmax widget's settings: the hidden activation, the training numbers and whether to stop at the target. */
import { getActivation, hasActivation } from '../../../lab/index';
import { checkboxField, numberField, selectField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';

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
