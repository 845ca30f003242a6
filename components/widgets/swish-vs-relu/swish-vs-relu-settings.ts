/** The comparison's settings: its two selects and the shared numbers, read and written through one form. */
import { BETA_SHARING, type BetaSharing } from '../../../lab/index';
import { comparisonNumberFields, idOf, type ComparisonNumbers } from '../../ui/comparison/comparison-form';
import { choiceField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import { DATASET_CHOICES, type SwishDatasetId } from './swish-vs-relu-config';

export interface SwishSettings extends ComparisonNumbers {
  dataset: SwishDatasetId;
  sharing: BetaSharing;
}

const DATASET_IDS: readonly SwishDatasetId[] = DATASET_CHOICES.map((choice) => choice.value);

export function swishForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<SwishSettings> {
  return settingsForm<SwishSettings>({
    dataset: choiceField(find.byId(idOf(root, 'dataset')), DATASET_IDS, 'Data set'),
    sharing: choiceField(find.byId(idOf(root, 'sharing')), BETA_SHARING, 'Trained β'),
    ...comparisonNumberFields(find, root),
  });
}
