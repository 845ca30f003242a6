/** The softmax widget's controls: finding them and reading them into checked, plain values. */
import { getActivation, hasActivation } from '../../../lab/index';
import { readTrainingFields } from '../../ui/training-fields';
import { widgetElementFinder } from '../../ui/widget-elements';
import type { SoftmaxSettings } from './softmax-training';

export interface SoftmaxElements {
  activation: HTMLSelectElement;
  seed: HTMLInputElement;
  learningRate: HTMLInputElement;
  epochs: HTMLInputElement;
  stopAtTarget: HTMLInputElement;
  map: HTMLElement;
  mapCaption: HTMLElement;
  loss: HTMLElement;
  lossCaption: HTMLElement;
  readout: HTMLElement;
}

export function findSoftmaxElements(root: HTMLElement): SoftmaxElements {
  const id = root.id;
  const { byId, part } = widgetElementFinder('softmax widget', root);
  return {
    activation: byId(`${id}-activation`),
    seed: byId(`${id}-seed`),
    learningRate: byId(`${id}-lr`),
    epochs: byId(`${id}-epochs`),
    stopAtTarget: byId(`${id}-stop`),
    map: byId(`${id}-map`),
    mapCaption: byId(`${id}-map-caption`),
    loss: byId(`${id}-loss`),
    lossCaption: byId(`${id}-loss-caption`),
    readout: part('readout'),
  };
}

export function readSoftmaxSettings(elements: SoftmaxElements): { ok: true; settings: SoftmaxSettings } | { ok: false; reason: string } {
  const activation = elements.activation.value;
  if (!hasActivation(activation) || !getActivation(activation).hiddenUsable) {
    return { ok: false, reason: `"${activation}" cannot be used in a hidden layer.` };
  }
  const training = readTrainingFields(elements);
  if (!training.ok) return training;
  return { ok: true, settings: { activation, ...training.values, stopAtTarget: elements.stopAtTarget.checked } };
}
