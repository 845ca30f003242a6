/** The bias race's output slots, and its settings. */
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';

export type ArmKey = 'without' | 'with';
export const ARM_KEYS: readonly ArmKey[] = ['without', 'with'];

export interface MapSlot {
  chart: HTMLElement;
  caption: HTMLElement;
}

export interface BiasRaceElements {
  maps: Readonly<Record<ArmKey, MapSlot>>;
  line: HTMLElement;
  lineCaption: HTMLElement;
  results: HTMLTableSectionElement;
  summary: HTMLElement;
}

export function findBiasRaceElements({ byId, part }: WidgetElementFinder, root: HTMLElement): BiasRaceElements {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  const map = (key: ArmKey): MapSlot => ({ chart: byId(id(`map-${key}`)), caption: byId(id(`map-${key}-caption`)) });
  return {
    maps: { without: map('without'), with: map('with') },
    line: byId(id('line')),
    lineCaption: byId(id('line-caption')),
    results: part('results-body'),
    summary: part('summary'),
  };
}

export interface BiasRaceSettings {
  seed: number;
  shift: number;
  epochs: number;
}
