/** The vanishing-gradient widget's controls, read into plain values (every number field validated). */
import type { InitializerId } from '../../../lab/index';
import { readTrainingFields } from '../../ui/controls/training-fields';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';
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

export function findVanishingElements(root: HTMLElement): VanishingElements {
  const id = root.id;
  const { byId, part } = widgetElementFinder('vanishing-gradients widget', root);
  return {
    activation: byId(`${id}-activation`),
    initializer: byId(`${id}-initializer`),
    compare: part('compare'),
    seed: byId(`${id}-seed`),
    learningRate: byId(`${id}-lr`),
    epochs: byId(`${id}-epochs`),
    chart: byId(`${id}-chart`),
    chartCaption: byId(`${id}-chart-caption`),
    readout: part('readout'),
    runs: part('runs'),
    runsBody: part('runs-body'),
  };
}

export function readVanishingSettings(elements: VanishingElements): { ok: true; settings: VanishingSettings } | { ok: false; reason: string } {
  const activation = elements.activation.value;
  if (!(VANISHING_ACTIVATIONS as readonly string[]).includes(activation)) return { ok: false, reason: `unknown activation "${activation}".` };
  const initializer = INITIALIZER_OPTIONS.find((option) => option.value === elements.initializer.value)?.value;
  if (initializer === undefined) return { ok: false, reason: `unknown initialiser "${elements.initializer.value}".` };
  const training = readTrainingFields(elements);
  if (!training.ok) return training;
  return { ok: true, settings: { activation, initializer, ...training.values } };
}
