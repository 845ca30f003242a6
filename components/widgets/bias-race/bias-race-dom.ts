/** The bias race's output slots. */
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import type { ArmKey } from './bias-race-config';


export function findBiasRaceElements({ byId, part }: WidgetElementFinder, root: HTMLElement) {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  const map = (key: ArmKey) => ({ chart: byId(id(`map-${key}`)), caption: byId(id(`map-${key}-caption`)) });
  return {
    maps: { without: map('without'), with: map('with') },
    line: byId(id('line')),
    lineCaption: byId(id('line-caption')),
    results: part<HTMLTableSectionElement>('results-body'),
    summary: part('summary'),
  };
}

export type BiasRaceElements = ReturnType<typeof findBiasRaceElements>;
