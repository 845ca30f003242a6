/** The bias race's output slots: finding them, and writing the results table. */
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
  results: HTMLTableElement;
  summary: HTMLElement;
}

export function findBiasRaceElements({ byId, part }: WidgetElementFinder, root: HTMLElement): BiasRaceElements {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  const map = (key: ArmKey): MapSlot => ({ chart: byId(id(`map-${key}`)), caption: byId(id(`map-${key}-caption`)) });
  return {
    maps: { without: map('without'), with: map('with') },
    line: byId(id('line')),
    lineCaption: byId(id('line-caption')),
    results: part('results'),
    summary: part('summary'),
  };
}

export interface BiasRaceSettings {
  seed: number;
  shift: number;
  epochs: number;
}

/** Writes one cell of the results table, e.g. ('accuracy', 'with', '100.0 %'). */
export function writeResult(table: HTMLTableElement, measure: string, arm: ArmKey, text: string): void {
  const cell = table.querySelector<HTMLElement>(`[data-result="${measure}-${arm}"]`);
  if (cell) cell.textContent = text;
}
