/** The learned-activation widget's settings: data set, mode, the ticked base functions and the shared numbers. */
import { BASE_FUNCTION_IDS, checkBaseFunctions, COMBINATION_MODES, isBaseFunctionId, MIN_BASE_FUNCTIONS, type BaseFunctionId, type CombinationMode } from '../../../lab/index';
import { comparisonNumberFields, idOf, type ComparisonNumbers } from '../../ui/comparison/comparison-form';
import { choiceField, settingsForm, type Field, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import { DATASET_CHOICES, type LearnedDatasetId } from './learned-config';

export interface LearnedSettings extends ComparisonNumbers {
  dataset: LearnedDatasetId;
  mode: CombinationMode;
  bases: BaseFunctionId[];
}

const DATASET_IDS: readonly LearnedDatasetId[] = DATASET_CHOICES.map((choice) => choice.value);

/** The ticked base functions, or why they cannot be mixed (shown under the list). */
function basesField(group: HTMLFieldSetElement, error: HTMLElement): Field<BaseFunctionId[]> {
  const boxes = () => [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const tick = (ids: readonly string[]) => boxes().forEach((box) => { box.checked = ids.includes(box.value); });
  return {
    control: group,
    read: () => {
      const ticked = boxes().filter((box) => box.checked).map((box) => box.value).filter(isBaseFunctionId);
      const reading = ticked.length < MIN_BASE_FUNCTIONS
        ? { ok: false as const, reason: `Tick at least ${MIN_BASE_FUNCTIONS} base functions to mix.` }
        : { ok: true as const, value: checkBaseFunctions(ticked) };
      error.textContent = reading.ok ? '' : reading.reason;
      return reading;
    },
    write: (ids) => tick(ids),
    toText: (ids) => ids.join(','),
    setText: (text) => tick(text.split(',').filter((id) => (BASE_FUNCTION_IDS as readonly string[]).includes(id))),
  };
}

export function learnedForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<LearnedSettings> {
  return settingsForm<LearnedSettings>({
    dataset: choiceField(find.byId(idOf(root, 'dataset')), DATASET_IDS, 'Data set'),
    mode: choiceField(find.byId(idOf(root, 'mode')), COMBINATION_MODES, 'Mode'),
    bases: basesField(find.part('bases'), find.part('bases-error')),
    ...comparisonNumberFields(find, root),
  });
}
