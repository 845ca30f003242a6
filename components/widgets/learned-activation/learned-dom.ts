/** The learned-activation widget's controls, read into plain settings (numbers validated, choices checked). */
import { checkBaseFunctions, isBaseFunctionId, isCombinationMode, MIN_BASE_FUNCTIONS, type BaseFunctionId, type CombinationMode } from '../../../lab/learned/index';
import { readNumberField } from '../../ui/number-field';
import { DATASET_CHOICES, DATASET_PRESETS, type LearnedDatasetId } from './learned-config';

export interface LearnedElements {
  dataset: HTMLSelectElement;
  mode: HTMLSelectElement;
  bases: HTMLFieldSetElement;
  basesError: HTMLElement;
  layers: HTMLInputElement;
  units: HTMLInputElement;
  seeds: HTMLInputElement;
  baseSeed: HTMLInputElement;
  epochs: HTMLInputElement;
  learningRate: HTMLInputElement;
  current: HTMLElement;
  shapeChart: HTMLElement;
  shapeCaption: HTMLElement;
  traces: HTMLElement;
  resultRows: HTMLTableSectionElement;
  accuracyChart: HTMLElement;
  accuracyCaption: HTMLElement;
  coefficients: HTMLElement;
  summary: HTMLElement;
}

export interface LearnedSettings {
  dataset: LearnedDatasetId;
  mode: CombinationMode;
  bases: BaseFunctionId[];
  hidden: number[];
  seedCount: number;
  baseSeed: number;
  epochs: number;
  learningRate: number;
}

export type Reading<T> = ({ ok: true } & T) | { ok: false; reason: string };

export function findLearnedElements(root: HTMLElement): LearnedElements {
  const byId = <T extends HTMLElement>(suffix: string): T => {
    const found = document.getElementById(`${root.id}-${suffix}`);
    if (!found) throw new Error(`learned activation: #${root.id}-${suffix} is missing`);
    return found as T;
  };
  const part = <T extends HTMLElement>(name: string): T => {
    const found = root.querySelector<T>(`[data-part="${name}"]`);
    if (!found) throw new Error(`learned activation: [data-part="${name}"] is missing`);
    return found;
  };
  return {
    dataset: byId('dataset'),
    mode: byId('mode'),
    bases: part('bases'),
    basesError: part('bases-error'),
    layers: byId('layers'),
    units: byId('units'),
    seeds: byId('seeds'),
    baseSeed: byId('seed'),
    epochs: byId('epochs'),
    learningRate: byId('lr'),
    current: part('current'),
    shapeChart: byId('shape'),
    shapeCaption: byId('shape-caption'),
    traces: part('traces'),
    resultRows: part('result-rows'),
    accuracyChart: byId('accuracy'),
    accuracyCaption: byId('accuracy-caption'),
    coefficients: part('coefficients'),
    summary: part('summary'),
  };
}

export function numberFields(elements: LearnedElements): HTMLInputElement[] {
  return [elements.layers, elements.units, elements.seeds, elements.baseSeed, elements.epochs, elements.learningRate];
}

export function isLearnedDatasetId(value: string): value is LearnedDatasetId {
  return DATASET_CHOICES.some((choice) => choice.value === value);
}

export function applyPreset(elements: LearnedElements, dataset: LearnedDatasetId): void {
  const preset = DATASET_PRESETS[dataset];
  elements.epochs.value = String(preset.epochs);
  elements.learningRate.value = String(preset.learningRate);
  readNumberField(elements.epochs);
  readNumberField(elements.learningRate);
}

/** The ticked base functions, or why they cannot be mixed (shown under the list). */
export function readBases(elements: LearnedElements): Reading<{ bases: BaseFunctionId[] }> {
  const ticked = [...elements.bases.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => box.value).filter(isBaseFunctionId);
  const reading: Reading<{ bases: BaseFunctionId[] }> = ticked.length < MIN_BASE_FUNCTIONS
    ? { ok: false, reason: `Tick at least ${MIN_BASE_FUNCTIONS} base functions to mix.` }
    : { ok: true, bases: checkBaseFunctions(ticked) };
  elements.basesError.textContent = reading.ok ? '' : reading.reason;
  return reading;
}

export function readLearnedSettings(elements: LearnedElements): Reading<{ settings: LearnedSettings }> {
  const dataset = elements.dataset.value;
  const mode = elements.mode.value;
  if (!isLearnedDatasetId(dataset)) return { ok: false, reason: `unknown data set "${dataset}".` };
  if (!isCombinationMode(mode)) return { ok: false, reason: `unknown mode "${mode}".` };
  const bases = readBases(elements);
  if (!bases.ok) return bases;
  const readings = numberFields(elements).map(readNumberField);
  const refused = readings.find((reading) => !reading.ok);
  if (refused && !refused.ok) return refused;
  const [layers, units, seedCount, baseSeed, epochs, learningRate] = readings.map((reading) => (reading.ok ? reading.value : NaN)) as number[];
  return {
    ok: true,
    settings: {
      dataset, mode, bases: bases.bases,
      hidden: Array.from({ length: layers! }, () => units!),
      seedCount: seedCount!, baseSeed: baseSeed!, epochs: epochs!, learningRate: learningRate!,
    },
  };
}
