/** The linear-collapse widget's elements, and its settings read (and refused) from them. */
import type { LinearCollapseSettings, ModelRole, NonlinearChoice } from '../../../lab/analysis/linear-collapse-experiment';
import { readNumberField } from '../../ui/number-field';
import { LINEAR_COLLAPSE_DEFAULTS, NONLINEAR_OPTIONS } from './linear-collapse-config';

export interface MapElements {
  chart: HTMLElement;
  caption: HTMLElement;
  heading: HTMLElement;
  score: HTMLElement;
}

export interface CollapseElements {
  seed: HTMLInputElement;
  layers: HTMLInputElement;
  units: HTMLInputElement;
  nonlinear: HTMLSelectElement;
  learningRate: HTMLInputElement;
  epochs: HTMLInputElement;
  maps: Record<ModelRole, MapElements>;
  product: HTMLElement;
  matrix: HTMLElement;
  agreement: HTMLElement;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`linear-collapse widget: #${id} is missing`);
  return element as T;
}

function partOf(root: HTMLElement, name: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(`[data-part="${name}"]`);
  if (!element) throw new Error(`linear-collapse widget: [data-part="${name}"] is missing`);
  return element;
}

function mapElements(root: HTMLElement, role: ModelRole): MapElements {
  const id = `${root.id}-${role}`;
  return { chart: byId(id), caption: byId(`${id}-caption`), heading: partOf(root, `${role}-heading`), score: partOf(root, `${role}-score`) };
}

export function findCollapseElements(root: HTMLElement): CollapseElements {
  const id = root.id;
  return {
    seed: byId(`${id}-seed`),
    layers: byId(`${id}-layers`),
    units: byId(`${id}-units`),
    nonlinear: byId(`${id}-compare`),
    learningRate: byId(`${id}-lr`),
    epochs: byId(`${id}-epochs`),
    maps: { linear: mapElements(root, 'linear'), nonlinear: mapElements(root, 'nonlinear') },
    product: partOf(root, 'product'),
    matrix: partOf(root, 'matrix'),
    agreement: partOf(root, 'agreement'),
  };
}

export function readNonlinear(elements: CollapseElements): NonlinearChoice {
  return NONLINEAR_OPTIONS.find((option) => option.value === elements.nonlinear.value)?.value ?? LINEAR_COLLAPSE_DEFAULTS.nonlinear;
}

export function nonlinearLabel(choice: NonlinearChoice): string {
  return NONLINEAR_OPTIONS.find((option) => option.value === choice)?.label ?? choice;
}

export type SettingsReading = { ok: true; settings: LinearCollapseSettings } | { ok: false; reason: string };

/** Every field is checked (each shows its own reason); the first refusal is returned. */
export function readCollapseSettings(elements: CollapseElements): SettingsReading {
  const seed = readNumberField(elements.seed);
  const layers = readNumberField(elements.layers);
  const units = readNumberField(elements.units);
  const learningRate = readNumberField(elements.learningRate);
  const epochs = readNumberField(elements.epochs);
  for (const reading of [seed, layers, units, learningRate, epochs]) if (!reading.ok) return reading;
  if (!seed.ok || !layers.ok || !units.ok || !learningRate.ok || !epochs.ok) return { ok: false, reason: 'a setting is invalid.' };
  return {
    ok: true,
    settings: {
      seed: seed.value,
      hiddenLayers: layers.value,
      units: units.value,
      nonlinear: readNonlinear(elements),
      learningRate: learningRate.value,
      epochs: epochs.value,
    },
  };
}
