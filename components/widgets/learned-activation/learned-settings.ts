/** The learned-activation widget's settings: data set, mode, the ticked base functions and the shared numbers. */
import { checkBaseFunctions, COMBINATION_MODES, isBaseFunctionId, MIN_BASE_FUNCTIONS, type BaseFunctionId, type CombinationMode } from '../../../lab/index';
import { comparisonNumberFields, idOf, type ComparisonNumbers } from '../../ui/comparison/comparison-form';
import { checkboxGroupField, choiceField, settingsForm, type FieldReading, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import { DATASET_CHOICES, type LearnedDatasetId } from './learned-config';

export interface LearnedSettings extends ComparisonNumbers {
  dataset: LearnedDatasetId;
  mode: CombinationMode;
  bases: BaseFunctionId[];
}

const DATASET_IDS: readonly LearnedDatasetId[] = DATASET_CHOICES.map((choice) => choice.value);

/** The ticked base functions, or why they cannot be mixed. */
function checkBases(ticked: string[]): FieldReading<BaseFunctionId[]> {
  const ids = ticked.filter(isBaseFunctionId);
  return ids.length < MIN_BASE_FUNCTIONS ? { ok: false, reason: `Tick at least ${MIN_BASE_FUNCTIONS} base functions to mix.` } : { ok: true, value: checkBaseFunctions(ids) };
}

export function learnedForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<LearnedSettings> {
  return settingsForm<LearnedSettings>({
    dataset: choiceField(find.byId(idOf(root, 'dataset')), DATASET_IDS, 'Data set'),
    mode: choiceField(find.byId(idOf(root, 'mode')), COMBINATION_MODES, 'Mode'),
    bases: checkboxGroupField(find.part('bases'), find.part('bases-error'), checkBases),
    ...comparisonNumberFields(find, root),
  });
}
