/** The vanishing-gradient widget's controls, read into plain values (every number field validated). */
import type { InitializerId } from '../../../lab/types';
import { readNumberField } from '../../ui/number-field';
import { INITIALIZER_OPTIONS, VANISHING_ACTIVATIONS } from './vanishing-config';

export interface VanishingElements {
  activation: HTMLSelectElement;
  initializer: HTMLSelectElement;
  compare: HTMLButtonElement;
  seed: HTMLInputElement;
  learningRate: HTMLInputElement;
  epochs: HTMLInputElement;
  chart: HTMLElement;
  chartCaption: HTMLElement;
  readout: HTMLElement;
  runs: HTMLElement;
  runsBody: HTMLElement;
}

export interface VanishingSettings {
  activation: string;
  initializer: InitializerId;
  seed: number;
  learningRate: number;
  epochs: number;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`vanishing-gradients widget: #${id} is missing`);
  return element as T;
}

function partOf<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const element = root.querySelector<T>(`[data-part="${name}"]`);
  if (!element) throw new Error(`vanishing-gradients widget: [data-part="${name}"] is missing`);
  return element;
}

export function findVanishingElements(root: HTMLElement): VanishingElements {
  const id = root.id;
  return {
    activation: byId(`${id}-activation`),
    initializer: byId(`${id}-initializer`),
    compare: partOf(root, 'compare'),
    seed: byId(`${id}-seed`),
    learningRate: byId(`${id}-lr`),
    epochs: byId(`${id}-epochs`),
    chart: byId(`${id}-chart`),
    chartCaption: byId(`${id}-chart-caption`),
    readout: partOf(root, 'readout'),
    runs: partOf(root, 'runs'),
    runsBody: partOf(root, 'runs-body'),
  };
}

export function readVanishingSettings(elements: VanishingElements): { ok: true; settings: VanishingSettings } | { ok: false; reason: string } {
  const activation = elements.activation.value;
  if (!(VANISHING_ACTIVATIONS as readonly string[]).includes(activation)) return { ok: false, reason: `unknown activation "${activation}".` };
  const initializer = INITIALIZER_OPTIONS.find((option) => option.value === elements.initializer.value)?.value;
  if (initializer === undefined) return { ok: false, reason: `unknown initialiser "${elements.initializer.value}".` };
  const seed = readNumberField(elements.seed);
  const learningRate = readNumberField(elements.learningRate);
  const epochs = readNumberField(elements.epochs);
  if (!seed.ok) return seed;
  if (!learningRate.ok) return learningRate;
  if (!epochs.ok) return epochs;
  return { ok: true, settings: { activation, initializer, seed: seed.value, learningRate: learningRate.value, epochs: epochs.value } };
}
