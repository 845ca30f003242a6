/** The linear-collapse widget's elements, and its settings form over them. */
import type { LinearCollapseSettings, ModelRole, NonlinearChoice } from '../../../lab/index';
import { numberField, settingsForm, type Field, type SettingsForm } from '../../ui/controls/settings-form';
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

/** The experiment's settings, every field checked (each shows its own reason), the first refusal returned. */
export function collapseForm(elements: CollapseElements): SettingsForm<LinearCollapseSettings> {
  const nonlinear: Field<NonlinearChoice> = {
    control: elements.nonlinear,
    read: () => ({ ok: true, value: readNonlinear(elements) }),
    write: (value) => {
      elements.nonlinear.value = value;
    },
    toText: (value) => value,
    setText: (text) => {
      elements.nonlinear.value = text;
    },
  };
  return settingsForm<LinearCollapseSettings>({
    seed: numberField(elements.seed),
    hiddenLayers: numberField(elements.layers),
    units: numberField(elements.units),
    nonlinear,
    learningRate: numberField(elements.learningRate),
    epochs: numberField(elements.epochs),
  });
}
