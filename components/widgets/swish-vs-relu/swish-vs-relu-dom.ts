/** The comparison's controls, read into plain settings (every number field validated, selects checked). */
import { isBetaSharing, type BetaSharing } from '../../../lab/swish/index';
import { readNumberField } from '../../ui/number-field';
import { DATASET_CHOICES, DATASET_PRESETS, type SwishDatasetId } from './swish-vs-relu-config';

export interface SwishElements {
  dataset: HTMLSelectElement;
  sharing: HTMLSelectElement;
  layers: HTMLInputElement;
  units: HTMLInputElement;
  seeds: HTMLInputElement;
  baseSeed: HTMLInputElement;
  epochs: HTMLInputElement;
  learningRate: HTMLInputElement;
  setup: HTMLElement;
  current: HTMLElement;
  resultRows: HTMLTableSectionElement;
  accuracyChart: HTMLElement;
  accuracyCaption: HTMLElement;
  betaChart: HTMLElement;
  betaCaption: HTMLElement;
  summary: HTMLElement;
}

export interface SwishSettings {
  dataset: SwishDatasetId;
  sharing: BetaSharing;
  hidden: number[];
  seedCount: number;
  baseSeed: number;
  epochs: number;
  learningRate: number;
}

export type Reading<T> = ({ ok: true } & T) | { ok: false; reason: string };

export function findSwishElements(root: HTMLElement): SwishElements {
  const byId = <T extends HTMLElement>(suffix: string): T => {
    const found = document.getElementById(`${root.id}-${suffix}`);
    if (!found) throw new Error(`swish comparison: #${root.id}-${suffix} is missing`);
    return found as T;
  };
  const part = <T extends HTMLElement>(name: string): T => {
    const found = root.querySelector<T>(`[data-part="${name}"]`);
    if (!found) throw new Error(`swish comparison: [data-part="${name}"] is missing`);
    return found;
  };
  return {
    dataset: byId('dataset'),
    sharing: byId('sharing'),
    layers: byId('layers'),
    units: byId('units'),
    seeds: byId('seeds'),
    baseSeed: byId('seed'),
    epochs: byId('epochs'),
    learningRate: byId('lr'),
    setup: part('setup'),
    current: part('current'),
    resultRows: part('result-rows'),
    accuracyChart: byId('accuracy'),
    accuracyCaption: byId('accuracy-caption'),
    betaChart: byId('betas'),
    betaCaption: byId('betas-caption'),
    summary: part('summary'),
  };
}

export function numberFields(elements: SwishElements): HTMLInputElement[] {
  return [elements.layers, elements.units, elements.seeds, elements.baseSeed, elements.epochs, elements.learningRate];
}

export function isSwishDatasetId(value: string): value is SwishDatasetId {
  return DATASET_CHOICES.some((choice) => choice.value === value);
}

/** Puts a data set's suggested width, epochs and learning rate into the fields. */
export function applyPreset(elements: SwishElements, dataset: SwishDatasetId): void {
  const preset = DATASET_PRESETS[dataset];
  elements.units.value = String(preset.units);
  elements.epochs.value = String(preset.epochs);
  elements.learningRate.value = String(preset.learningRate);
  for (const field of [elements.units, elements.epochs, elements.learningRate]) readNumberField(field);
}

export function readSwishSettings(elements: SwishElements): Reading<{ settings: SwishSettings }> {
  const dataset = elements.dataset.value;
  const sharing = elements.sharing.value;
  if (!isSwishDatasetId(dataset)) return { ok: false, reason: `unknown data set "${dataset}".` };
  if (!isBetaSharing(sharing)) return { ok: false, reason: `unknown β sharing "${sharing}".` };
  const readings = numberFields(elements).map(readNumberField);
  const refused = readings.find((reading) => !reading.ok);
  if (refused && !refused.ok) return refused;
  const [layers, units, seedCount, baseSeed, epochs, learningRate] = readings.map((reading) => (reading.ok ? reading.value : NaN)) as number[];
  return {
    ok: true,
    settings: {
      dataset, sharing,
      hidden: Array.from({ length: layers! }, () => units!),
      seedCount: seedCount!, baseSeed: baseSeed!, epochs: epochs!, learningRate: learningRate!,
    },
  };
}
