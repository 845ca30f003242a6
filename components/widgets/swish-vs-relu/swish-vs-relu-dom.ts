/** The comparison's controls, read into plain settings (every number field validated, selects checked). */
import { isBetaSharing, type BetaSharing } from '../../../lab/index';
import { elementFinder, findComparisonElements, type ComparisonElements } from '../../ui/comparison-elements';
import { isChoice, readComparisonNumbers, type ComparisonNumbers, type Reading } from '../../ui/comparison-settings';
import { DATASET_CHOICES, type SwishDatasetId } from './swish-vs-relu-config';

export interface SwishElements extends ComparisonElements {
  sharing: HTMLSelectElement;
  betaChart: HTMLElement;
  betaCaption: HTMLElement;
}

export interface SwishSettings extends ComparisonNumbers {
  dataset: SwishDatasetId;
  sharing: BetaSharing;
}

export function findSwishElements(root: HTMLElement): SwishElements {
  const finder = elementFinder(root, 'swish comparison');
  return {
    ...findComparisonElements(finder),
    sharing: finder.byId('sharing'),
    betaChart: finder.byId('betas'),
    betaCaption: finder.byId('betas-caption'),
  };
}

export function isSwishDatasetId(value: string): value is SwishDatasetId {
  return isChoice(DATASET_CHOICES, value);
}

export function readSwishSettings(elements: SwishElements): Reading<{ settings: SwishSettings }> {
  const dataset = elements.dataset.value;
  const sharing = elements.sharing.value;
  if (!isSwishDatasetId(dataset)) return { ok: false, reason: `unknown data set "${dataset}".` };
  if (!isBetaSharing(sharing)) return { ok: false, reason: `unknown β sharing "${sharing}".` };
  const numbers = readComparisonNumbers(elements);
  if (!numbers.ok) return numbers;
  return { ok: true, settings: { dataset, sharing, ...numbers.numbers } };
}
