/**
 * The settings every seed-comparison widget shares (SeedComparisonControls.astro draws them): the
 * data set and the numbers (size, seeds, epochs, learning rate) around the widget's own settings; the
 * parts that show the results; and loading a data set's suggested values into the fields.
 */
import { describeSettings, rangeHint, seedSetting, type ChoiceSetting, type NumberSetting, type Option, type SettingsDescription } from '../controls/settings-description';
import type { SettingsForm } from '../controls/settings-form';
import type { WidgetElementFinder } from '../demo-run/widget-elements';

type ComparisonNumber = 'layers' | 'units' | 'seeds' | 'baseSeed' | 'epochs' | 'learningRate';

/** The numbers in the order the fields show them (they are read in the description's order). */
export const COMPARISON_NUMBERS_SHOWN: readonly ComparisonNumber[] = ['baseSeed', 'seeds', 'layers', 'units', 'epochs', 'learningRate'];

interface ComparisonOptions<D extends string> {
  datasets: readonly Option<D>[];
  defaults: { readonly dataset: D } & Readonly<Record<ComparisonNumber, number>>;
  /** How many seeds the widget allows; the other ranges are the same for every comparison. */
  seedCount: { readonly min: number; readonly max: number };
  /** What the seeds hint counts runs per, e.g. "network" or "activation". */
  runsPer: string;
}

/**
 * A comparison's description: the data set, the widget's `own` settings, then the shared numbers, in
 * the order they are read (the first refusal in this order is the one reported) and put in a link.
 */
export function comparisonSettings<D extends string, const O extends SettingsDescription>(options: ComparisonOptions<D>, own: O) {
  const { defaults, seedCount } = options;
  const numbers: Record<ComparisonNumber, NumberSetting> = {
    layers: { kind: 'integer', label: 'Hidden layers', default: defaults.layers, min: 1, max: 3 },
    units: { kind: 'integer', label: 'Units per layer', default: defaults.units, min: 2, max: 64 },
    seeds: { kind: 'integer', label: 'Seeds', default: defaults.seeds, ...seedCount, hint: `${rangeHint(seedCount)} per ${options.runsPer}` },
    baseSeed: { ...seedSetting(defaults.baseSeed, 'Runs use seeds base, base + 1, …', 'Base seed'), id: 'seed' },
    epochs: { kind: 'integer', label: 'Epochs', default: defaults.epochs, min: 5, max: 2000 },
    learningRate: { kind: 'number', id: 'lr', label: 'Learning rate', default: defaults.learningRate, min: 0.0001, max: 1 },
  };
  const dataset: ChoiceSetting<D> = { kind: 'choice', label: 'Data set', default: defaults.dataset, options: options.datasets };
  return describeSettings({ dataset, ...own, ...numbers });
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
export function hiddenLayers({ layers, units }: { layers: number; units: number }): number[] {
  return Array.from({ length: layers }, () => units);
}

/** Loads a data set's suggested settings (width, epochs, learning rate) when the reader picks it (not while training). */
export function followDatasetPresets<S>(select: HTMLSelectElement, form: SettingsForm<S>, presets: Readonly<Record<string, Partial<S>>>, running: () => boolean): void {
  select.addEventListener('change', () => {
    const preset = presets[select.value];
    if (!running() && preset) form.update(preset);
  });
}
