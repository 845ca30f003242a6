/** The softmax widget's controls: finding them and reading them into checked, plain values. */
import { getActivation, hasActivation } from '../../../lab/activations/index';
import { readNumberField } from '../../ui/number-field';
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
  const byId = <T extends HTMLElement>(suffix: string): T => {
    const found = document.getElementById(`${root.id}-${suffix}`);
    if (!found) throw new Error(`softmax widget: #${root.id}-${suffix} is missing`);
    return found as T;
  };
  const readout = root.querySelector<HTMLElement>('[data-part="readout"]');
  if (!readout) throw new Error('softmax widget: [data-part="readout"] is missing');
  return {
    activation: byId('activation'),
    seed: byId('seed'),
    learningRate: byId('lr'),
    epochs: byId('epochs'),
    stopAtTarget: byId('stop'),
    map: byId('map'),
    mapCaption: byId('map-caption'),
    loss: byId('loss'),
    lossCaption: byId('loss-caption'),
    readout,
  };
}

export function readSoftmaxSettings(elements: SoftmaxElements): { ok: true; settings: SoftmaxSettings } | { ok: false; reason: string } {
  const activation = elements.activation.value;
  if (!hasActivation(activation) || !getActivation(activation).hiddenUsable) {
    return { ok: false, reason: `"${activation}" cannot be used in a hidden layer.` };
  }
  const seed = readNumberField(elements.seed);
  const learningRate = readNumberField(elements.learningRate);
  const epochs = readNumberField(elements.epochs);
  if (!seed.ok) return seed;
  if (!learningRate.ok) return learningRate;
  if (!epochs.ok) return epochs;
  return {
    ok: true,
    settings: { activation, seed: seed.value, learningRate: learningRate.value, epochs: epochs.value, stopAtTarget: elements.stopAtTarget.checked },
  };
}
