/** The linear-collapse widget's elements, and its settings form over them. */
import { NONLINEAR_CHOICES, type LinearCollapseSettings, type ModelRole } from '../../../lab/index';
import { choiceField, numberField, settingsForm } from '../../ui/controls/settings-form';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';

export type CollapseElements = ReturnType<typeof findCollapseElements>;

export function findCollapseElements(root: HTMLElement) {
  const { byId, part } = widgetElementFinder('linear-collapse widget', root);
  const input = (suffix: string) => byId<HTMLInputElement>(`${root.id}-${suffix}`);
  const map = (role: ModelRole) => ({
    chart: byId(`${root.id}-${role}`),
    caption: byId(`${root.id}-${role}-caption`),
    heading: part(`${role}-heading`),
    score: part(`${role}-score`),
  });
  const nonlinear = byId<HTMLSelectElement>(`${root.id}-compare`);
  const form = settingsForm<LinearCollapseSettings>({
    seed: numberField(input('seed')),
    hiddenLayers: numberField(input('layers')),
    units: numberField(input('units')),
    nonlinear: choiceField(nonlinear, NONLINEAR_CHOICES, 'Activation'),
    learningRate: numberField(input('lr')),
    epochs: numberField(input('epochs')),
  });
  return {
    form,
    seed: input('seed'),
    layers: input('layers'),
    nonlinear,
    maps: { linear: map('linear'), nonlinear: map('nonlinear') },
    product: part('product'),
    matrix: part('matrix'),
    agreement: part('agreement'),
  };
}
