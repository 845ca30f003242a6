/**
 * The parts every seed-comparison widget has (SeedComparisonControls, SeedAccuracyTable, an accuracy
 * ChartFigure and a summary), found under the widget's root, plus finders for the widget's own parts.
 * A missing part is a markup bug and throws, naming the widget.
 */
import { widgetElementFinder } from './widget-elements';

export interface ComparisonElements {
  dataset: HTMLSelectElement;
  layers: HTMLInputElement;
  units: HTMLInputElement;
  seeds: HTMLInputElement;
  baseSeed: HTMLInputElement;
  epochs: HTMLInputElement;
  learningRate: HTMLInputElement;
  current: HTMLElement;
  resultRows: HTMLTableSectionElement;
  accuracyChart: HTMLElement;
  accuracyCaption: HTMLElement;
  summary: HTMLElement;
}

/** Finds elements by id suffix (`${root.id}-${suffix}`, the ids the Astro components give) and by data-part. */
export interface ElementFinder {
  byId<T extends HTMLElement>(suffix: string): T;
  part<T extends HTMLElement>(name: string): T;
}

export function elementFinder(root: HTMLElement, widgetName: string): ElementFinder {
  const { byId, part } = widgetElementFinder(widgetName, root);
  return { byId: (suffix) => byId(`${root.id}-${suffix}`), part };
}

export function findComparisonElements({ byId, part }: ElementFinder): ComparisonElements {
  return {
    dataset: byId('dataset'),
    layers: byId('layers'),
    units: byId('units'),
    seeds: byId('seeds'),
    baseSeed: byId('seed'),
    epochs: byId('epochs'),
    learningRate: byId('lr'),
    current: part('current'),
    resultRows: part('result-rows'),
    accuracyChart: byId('accuracy'),
    accuracyCaption: byId('accuracy-caption'),
    summary: part('summary'),
  };
}
