/** The three-frameworks widget's settings, read from its controls, and the recipe lab makes of them. */
import type { NetworkRecipe, RecipeDatasetId } from '../../../lab/index';
import { choiceField, numberField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import { activationField } from './activation-field';
import { DATASET_OPTIONS, OPTIMIZER_OPTIONS, SPIRAL_CLASSES } from './three-frameworks-options';

/** A recipe whose data set is named only: it is seeded with the run's seed (settingsRecipe). */
export type FrameworksSettings = Omit<Required<NetworkRecipe>, 'dataset' | 'initializer'> & { dataset: RecipeDatasetId };

export function frameworksForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<FrameworksSettings> {
  const byId = <T extends HTMLElement>(suffix: string) => find.byId<T>(`${root.id}-${suffix}`);
  const input = (suffix: string) => numberField(byId<HTMLInputElement>(suffix));
  return settingsForm<FrameworksSettings>({
    dataset: choiceField(byId<HTMLSelectElement>('dataset'), DATASET_OPTIONS.map((option) => option.value), 'Data set'),
    depth: input('depth'),
    width: input('width'),
    activation: activationField(root, byId<HTMLSelectElement>('activation')),
    optimizer: choiceField(byId<HTMLSelectElement>('optimizer'), OPTIMIZER_OPTIONS.map((option) => option.value), 'Optimiser'),
    learningRate: input('lr'),
    epochs: input('epochs'),
    batchSize: input('batch'),
    seed: input('seed'),
  });
}

/** The data set is seeded with the run's seed, so one number fixes the data, the start and the batch order. */
export function settingsRecipe(settings: FrameworksSettings): NetworkRecipe {
  const { dataset, ...rest } = settings;
  return { ...rest, dataset: { id: dataset, seed: settings.seed, ...(dataset === 'spiral' ? { classes: SPIRAL_CLASSES } : {}) } };
}
