/** The linear-collapse widget's elements, and its settings read (and refused) from them. */
import type { LinearCollapseSettings, ModelRole, NonlinearChoice } from '../../../lab/index';
import { readNumberField } from '../../ui/controls/number-field';
import { widgetElementFinder, type WidgetElementFinder } from '../../ui/demo-run/widget-elements';
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

function mapElements({ byId, part }: WidgetElementFinder, rootId: string, role: ModelRole): MapElements {
  const id = `${rootId}-${role}`;
  return { chart: byId(id), caption: byId(`${id}-caption`), heading: part(`${role}-heading`), score: part(`${role}-score`) };
}

export function findCollapseElements(root: HTMLElement): CollapseElements {
  const id = root.id;
  const find = widgetElementFinder('linear-collapse widget', root);
  const { byId, part } = find;
  return {
    seed: byId(`${id}-seed`),
    layers: byId(`${id}-layers`),
    units: byId(`${id}-units`),
    nonlinear: byId(`${id}-compare`),
    learningRate: byId(`${id}-lr`),
    epochs: byId(`${id}-epochs`),
    maps: { linear: mapElements(find, id, 'linear'), nonlinear: mapElements(find, id, 'nonlinear') },
    product: part('product'),
    matrix: part('matrix'),
    agreement: part('agreement'),
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
