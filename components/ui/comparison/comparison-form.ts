/**
 * The controls every seed-comparison widget shares (SeedComparisonControls.astro): the numbers (size,
 * seeds, epochs, learning rate) as settings-form fields, the parts that show the results, and loading
 * a data set's suggested values into the fields.
 */
import { numberField, type Fields } from '../controls/settings-form';
import type { WidgetElementFinder } from '../demo-run/widget-elements';

/** In the order they are read: the first refusal in this order is the one reported. */
export interface ComparisonNumbers {
  layers: number;
  units: number;
  seeds: number;
  baseSeed: number;
  epochs: number;
  learningRate: number;
}

export interface DatasetPreset {
  units?: number;
  epochs: number;
  learningRate: number;
}

export interface ComparisonOutlets {
  dataset: HTMLSelectElement;
  current: HTMLElement;
  resultRows: HTMLTableSectionElement;
  accuracyChart: HTMLElement;
  accuracyCaption: HTMLElement;
  summary: HTMLElement;
}

/** Element ids the Astro components give: `${root.id}-${suffix}`. */
export const idOf = (root: HTMLElement, suffix: string): string => `${root.id}-${suffix}`;

export function comparisonNumberFields(find: WidgetElementFinder, root: HTMLElement): Fields<ComparisonNumbers> {
  const input = (suffix: string) => numberField(find.byId<HTMLInputElement>(idOf(root, suffix)));
  return {
    layers: input('layers'), units: input('units'), seeds: input('seeds'), baseSeed: input('seed'), epochs: input('epochs'), learningRate: input('lr'),
  };
}

export function findComparisonOutlets(find: WidgetElementFinder, root: HTMLElement): ComparisonOutlets {
  return {
    dataset: find.byId(idOf(root, 'dataset')),
    current: find.part('current'),
    resultRows: find.part('result-rows'),
    accuracyChart: find.byId(idOf(root, 'accuracy')),
    accuracyCaption: find.byId(idOf(root, 'accuracy-caption')),
    summary: find.part('summary'),
  };
}

/** Hidden layer sizes from the two size fields. */
export function hiddenLayers({ layers, units }: Pick<ComparisonNumbers, 'layers' | 'units'>): number[] {
  return Array.from({ length: layers }, () => units);
}

/** Puts a data set's suggested width (when it has one), epochs and learning rate into the fields. */
export function applyDatasetPreset(fields: Fields<ComparisonNumbers>, preset: DatasetPreset): void {
  if (preset.units !== undefined) fields.units.write(preset.units);
  fields.epochs.write(preset.epochs);
  fields.learningRate.write(preset.learningRate);
}

/** Loads a data set's preset when the reader picks it (not while training). */
export function followDatasetPresets<Id extends string>(
  select: HTMLSelectElement, fields: Fields<ComparisonNumbers>, presets: Readonly<Record<Id, DatasetPreset>>, running: () => boolean,
): void {
  select.addEventListener('change', () => {
    const preset = (presets as Readonly<Record<string, DatasetPreset>>)[select.value];
    if (!running() && preset) applyDatasetPreset(fields, preset);
  });
}
