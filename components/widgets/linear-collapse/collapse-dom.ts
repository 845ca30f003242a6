/** The linear-collapse widget's elements, and its settings form over them. */
import type { ModelRole } from '../../../lab/index';
import { readSettings } from '../../ui/controls/read-settings';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import { COLLAPSE_SETTINGS } from './linear-collapse-config';

export type CollapseElements = ReturnType<typeof findCollapseElements>;

export function findCollapseElements(find: WidgetElementFinder, root: HTMLElement) {
  const { byId, part } = find;
  const input = (suffix: string) => byId<HTMLInputElement>(`${root.id}-${suffix}`);
  const map = (role: ModelRole) => ({
    chart: byId(`${root.id}-${role}`),
    caption: byId(`${root.id}-${role}-caption`),
    heading: part(`${role}-heading`),
    score: part(`${role}-score`),
  });
  return {
    form: readSettings(COLLAPSE_SETTINGS, find, root),
    seed: input('seed'),
    layers: input('layers'),
    nonlinear: byId<HTMLSelectElement>(`${root.id}-compare`),
    maps: { linear: map('linear'), nonlinear: map('nonlinear') },
    product: part('product'),
    matrix: part('matrix'),
    agreement: part('agreement'),
  };
}
