/** The neuron widget's controls: finding them, reading them into plain values, writing values back. */
import { readNumberField } from '../../ui/controls/number-field';
import { numberField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';
import { decimalsOfStep, refreshLiveOutput } from '../../ui/demo-run/live-outputs';
import { formatFixed } from '../../ui/text/number-format';
import type { NeuronParams } from './neuron-math';
import { NEURON_ACTIVATIONS, type NeuronActivationId } from './neuron-config';

export interface NeuronElements {
  w1: HTMLInputElement;
  w2: HTMLInputElement;
  b: HTMLInputElement;
  activation: HTMLSelectElement;
  x1: HTMLInputElement;
  x2: HTMLInputElement;
  seed: HTMLInputElement;
  learningRate: HTMLInputElement;
  epochs: HTMLInputElement;
  readout: HTMLOutputElement;
  fit: HTMLElement;
  plane: HTMLElement;
  planeCaption: HTMLElement;
  loss: HTMLElement;
  lossCaption: HTMLElement;
}

export interface TrainingSettings {
  seed: number;
  learningRate: number;
  epochs: number;
}

export function findNeuronElements(root: HTMLElement): NeuronElements {
  const id = root.id;
  const { byId, part } = widgetElementFinder('neuron widget', root);
  return {
    w1: byId(`${id}-w1`),
    w2: byId(`${id}-w2`),
    b: byId(`${id}-b`),
    activation: byId(`${id}-activation`),
    x1: byId(`${id}-x1`),
    x2: byId(`${id}-x2`),
    seed: byId(`${id}-seed`),
    learningRate: byId(`${id}-lr`),
    epochs: byId(`${id}-epochs`),
    readout: part('readout'),
    fit: part('fit'),
    plane: byId(`${id}-plane`),
    planeCaption: byId(`${id}-plane-caption`),
    loss: byId(`${id}-loss`),
    lossCaption: byId(`${id}-loss-caption`),
  };
}

export function readParams(elements: NeuronElements): NeuronParams {
  return { w1: Number(elements.w1.value), w2: Number(elements.w2.value), b: Number(elements.b.value) };
}

/**
 * Moves the sliders to `params`. A slider clamps to its range, so its readout shows the true value;
 * returns true when some value lies beyond its slider's range.
 */
export function writeParams(root: HTMLElement, elements: NeuronElements, params: NeuronParams): boolean {
  let beyondRange = false;
  for (const [input, value] of [[elements.w1, params.w1], [elements.w2, params.w2], [elements.b, params.b]] as const) {
    input.value = String(value);
    const clamped = Number(input.value);
    beyondRange ||= Math.abs(clamped - value) > Number(input.step || 0);
    refreshLiveOutput(root, input, formatFixed(value, decimalsOfStep(input.getAttribute('step'))));
  }
  return beyondRange;
}

export function readActivation(elements: NeuronElements): NeuronActivationId {
  const value = elements.activation.value;
  return NEURON_ACTIVATIONS.find((choice) => choice.value === value)?.value ?? 'step';
}

/** The name used in formulas, e.g. "sigmoid" in a = sigmoid(z). */
export function activationShortName(id: NeuronActivationId): string {
  return NEURON_ACTIVATIONS.find((choice) => choice.value === id)?.short ?? id;
}

/** The reader's point, or undefined while either coordinate is refused (the reason shows by the field). */
export function readPoint(elements: NeuronElements): [number, number] | undefined {
  const x1 = readNumberField(elements.x1);
  const x2 = readNumberField(elements.x2);
  return x1.ok && x2.ok ? [x1.value, x2.value] : undefined;
}

export function writePoint(elements: NeuronElements, [x1, x2]: readonly number[]): void {
  elements.x1.value = String(x1);
  elements.x2.value = String(x2);
  readNumberField(elements.x1);
  readNumberField(elements.x2);
}

/** Seed, learning rate and epochs: the settings a Train reads (the sliders are the neuron itself). */
export function trainingForm(elements: NeuronElements): SettingsForm<TrainingSettings> {
  return settingsForm<TrainingSettings>({ seed: numberField(elements.seed), learningRate: numberField(elements.learningRate), epochs: numberField(elements.epochs) });
}
