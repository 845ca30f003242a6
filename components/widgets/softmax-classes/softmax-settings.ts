/** The softmax widget's settings: the hidden activation, the training numbers and whether to stop at the target. */
import { getActivation, hasActivation } from '../../../lab/index';
import { numberField, settingsForm, type Field, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';

export interface SoftmaxSettings {
  activation: string;
  seed: number;
  learningRate: number;
  epochs: number;
  stopAtTarget: boolean;
}

function hiddenActivationField(select: HTMLSelectElement): Field<string> {
  return {
    control: select,
    read: () => {
      const id = select.value;
      return hasActivation(id) && getActivation(id).hiddenUsable ? { ok: true, value: id } : { ok: false, reason: `"${id}" cannot be used in a hidden layer.` };
    },
    write: (id) => {
      select.value = id;
    },
    toText: (id) => id,
    setText: (text) => {
      select.value = text;
    },
  };
}

function checkboxField(box: HTMLInputElement): Field<boolean> {
  return {
    control: box,
    read: () => ({ ok: true, value: box.checked }),
    write: (on) => {
      box.checked = on;
    },
    toText: (on) => (on ? '1' : '0'),
    setText: (text) => {
      box.checked = text === '1';
    },
  };
}

export function softmaxForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<SoftmaxSettings> {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  return settingsForm<SoftmaxSettings>({
    activation: hiddenActivationField(find.byId(id('activation'))),
    seed: numberField(find.byId(id('seed'))),
    learningRate: numberField(find.byId(id('lr'))),
    epochs: numberField(find.byId(id('epochs'))),
    stopAtTarget: checkboxField(find.byId(id('stop'))),
  });
}
