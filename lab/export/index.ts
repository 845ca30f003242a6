/**
 * Code export: one network recipe as the same model and training loop in Keras 3, PyTorch and
 * TensorFlow.js, plus the data set as the CSV those programs read. DOM-free, like all of lab/.
 */
import { datasetCsv } from './dataset-csv.ts';
import { kerasProgram } from './keras-program.ts';
import { pytorchProgram } from './pytorch-program.ts';
import { resolveRecipe, type NetworkRecipe, type ResolvedRecipe } from './recipe.ts';
import { tfjsProgram } from './tfjs-program.ts';

export interface FrameworkPrograms {
  keras: string;
  pytorch: string;
  tfjs: string;
  /**
   * The data set the programs read, and the file name they expect it under. The CSV is written when
   * first read (MNIST's is 2.5 MB: a page shows the programs on every settings change, and writes the
   * CSV only when the reader downloads it).
   */
  readonly csv: string;
  csvFileName: string;
}

/** Throws an Error that says what to change when the recipe is not valid (a real data set: use loadRecipe and recipePrograms). */
export function frameworkPrograms(recipe: NetworkRecipe): FrameworkPrograms {
  return recipePrograms(resolveRecipe(recipe));
}

/** The programs and CSV for a recipe already resolved (by resolveRecipe, or loadRecipe for any data set). */
export function recipePrograms(resolved: ResolvedRecipe): FrameworkPrograms {
  let csv: string | undefined;
  return {
    keras: kerasProgram(resolved),
    pytorch: pytorchProgram(resolved),
    tfjs: tfjsProgram(resolved),
    get csv() {
      csv ??= datasetCsv(resolved.dataset);
      return csv;
    },
    csvFileName: resolved.csvFileName,
  };
}

export { datasetCsv } from './dataset-csv.ts';
export { kerasProgram } from './keras-program.ts';
export { pytorchProgram } from './pytorch-program.ts';
export { tfjsProgram } from './tfjs-program.ts';
export { exportFileNames, type ExportFileNames } from './file-names.ts';
export { FIRST_PREDICTIONS, readPredictions, type Prediction } from './first-predictions.ts';
export { modelFiles, portableTopology, topologyClassNames, type ModelFiles } from './model-files.ts';
export { recipePlan, firstTestInputs, RECIPE_ARM_ID } from './recipe-plan.ts';
export { RECIPE_DATASET_IDS, isRecipeDatasetId, type RecipeDatasetId } from './recipe-dataset.ts';
export { summariseRecipe } from './recipe-summary.ts';
export {
  resolveRecipe,
  loadRecipe,
  recipeModelConfig,
  recipeTrainOptions,
  datasetFileName,
  MAX_RECIPE_DEPTH,
  MAX_RECIPE_WIDTH,
  MAX_RECIPE_EPOCHS,
  type DatasetRecipe,
  type NetworkRecipe,
  type OutputHead,
  type ResolvedRecipe,
} from './recipe.ts';
export { FRAMEWORKS_PRESET, FRAMEWORKS_RANGES, FRAMEWORKS_TARGET_ACCURACY } from './recipe-preset.ts';
