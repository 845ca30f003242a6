/** The learned-activation widget's controls, read into plain settings (numbers validated, choices checked). */
import { checkBaseFunctions, isBaseFunctionId, isCombinationMode, MIN_BASE_FUNCTIONS, type BaseFunctionId, type CombinationMode } from '../../../lab/index';
import { elementFinder, findComparisonElements, type ComparisonElements } from '../../ui/comparison-elements';
import { isChoice, readComparisonNumbers, type ComparisonNumbers, type Reading } from '../../ui/comparison-settings';
import { DATASET_CHOICES, type LearnedDatasetId } from './learned-config';

export interface LearnedElements extends ComparisonElements {
  mode: HTMLSelectElement;
  bases: HTMLFieldSetElement;
  basesError: HTMLElement;
  shapeChart: HTMLElement;
  shapeCaption: HTMLElement;
  traces: HTMLElement;
  coefficients: HTMLElement;
}

export interface LearnedSettings extends ComparisonNumbers {
  dataset: LearnedDatasetId;
  mode: CombinationMode;
  bases: BaseFunctionId[];
}

export function findLearnedElements(root: HTMLElement): LearnedElements {
  const finder = elementFinder(root, 'learned activation');
  const { byId, part } = finder;
  return {
    ...findComparisonElements(finder),
    mode: byId('mode'),
    bases: part('bases'),
    basesError: part('bases-error'),
    shapeChart: byId('shape'),
    shapeCaption: byId('shape-caption'),
    traces: part('traces'),
    coefficients: part('coefficients'),
  };
}

export function isLearnedDatasetId(value: string): value is LearnedDatasetId {
  return isChoice(DATASET_CHOICES, value);
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
  const numbers = readComparisonNumbers(elements);
  if (!numbers.ok) return numbers;
  return { ok: true, settings: { dataset, mode, bases: bases.bases, ...numbers.numbers } };
}
