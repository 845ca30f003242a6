/** The neuron widget's controls: finding them, reading them into plain values, writing values back. */
import { readNumberField } from '../../ui/controls/number-field';
import { readSettings } from '../../ui/controls/read-settings';
import { numberField } from '../../ui/controls/settings-form';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';
import { decimalsOfStep, refreshLiveOutput } from '../../ui/demo-run/live-outputs';
import { formatFixed } from '../../ui/text/number-format';
import type { UnitWeights } from '../../../lab/index';
import { NEURON_ACTIVATIONS, NEURON_SETTINGS } from './neuron-config';

export type NeuronElements = ReturnType<typeof findNeuronElements>;

export function findNeuronElements(root: HTMLElement) {
  const find = widgetElementFinder('neuron widget', root);
  const { byId, part } = find;
  const input = (suffix: string) => byId<HTMLInputElement>(`${root.id}-${suffix}`);
  return {
    /** Seed, learning rate and epochs: the settings a Train reads (the sliders are the neuron itself). */
    form: readSettings(NEURON_SETTINGS, find, root),
    /** The sliders of w₁, w₂ and b. */
    weights: [input('w1'), input('w2'), input('b')] as const,
    activation: byId<HTMLSelectElement>(`${root.id}-activation`),
    point: [input('x1'), input('x2')] as const,
    readout: part('readout'),
    fit: part('fit'),
    plane: byId(`${root.id}-plane`),
    planeCaption: byId(`${root.id}-plane-caption`),
    loss: byId(`${root.id}-loss`),
    lossCaption: byId(`${root.id}-loss-caption`),
  };
}

/** The neuron the sliders set: lab's one-unit weights, w = (w₁, w₂) and b. */
export function readParams({ weights: [w1, w2, b] }: NeuronElements): UnitWeights {
  return { weights: [Number(w1.value), Number(w2.value)], bias: Number(b.value) };
}

/**
 * Moves the sliders to `params`. A slider clamps to its range, so its readout shows the true value;
 * returns true when some value lies beyond its slider's range.
 */
export function writeParams(root: HTMLElement, { weights }: NeuronElements, unit: UnitWeights): boolean {
  let beyondRange = false;
  [...unit.weights, unit.bias].forEach((value, index) => {
    const input = weights[index]!;
    input.value = String(value);
    beyondRange ||= Math.abs(Number(input.value) - value) > Number(input.step || 0);
    refreshLiveOutput(root, input, formatFixed(value, decimalsOfStep(input.getAttribute('step'))));
  });
  return beyondRange;
}

/** The chosen activation (the step if the value is unexpected), with its name in formulas, e.g. "sigmoid" in a = sigmoid(z). */
export function readActivation(elements: NeuronElements): (typeof NEURON_ACTIVATIONS)[number] {
  return NEURON_ACTIVATIONS.find((choice) => choice.value === elements.activation.value) ?? NEURON_ACTIVATIONS[0];
}

/** The reader's point, or undefined while either coordinate is refused (the reason shows by the field). */
export function readPoint({ point: [x1, x2] }: NeuronElements): [number, number] | undefined {
  const [first, second] = [readNumberField(x1), readNumberField(x2)];
  return first.ok && second.ok ? [first.value, second.value] : undefined;
}

export function writePoint({ point }: NeuronElements, values: readonly number[]): void {
  point.forEach((input, index) => numberField(input).write(values[index]!));
}
