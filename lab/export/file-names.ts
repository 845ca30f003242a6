/**
 * The names of the files one recipe exports. They refer to each other (the programs read the CSV,
 * the TensorFlow.js program can load the model, model.json names its weights file), so they are
 * made in one place: e.g. circle-relu-keras.py, circle-relu-model.json, circle-noise0.1-seed4.csv.
 */
import type { ResolvedRecipe } from './recipe.ts';

export interface ExportFileNames {
  csv: string;
  keras: string;
  pytorch: string;
  tfjs: string;
  modelJson: string;
  modelWeights: string;
}

export function exportFileNames(resolved: ResolvedRecipe): ExportFileNames {
  const stem = `${resolved.dataset.id}-${resolved.activationId}`;
  return {
    csv: resolved.csvFileName,
    keras: `${stem}-keras.py`,
    pytorch: `${stem}-pytorch.py`,
    tfjs: `${stem}-tfjs.mjs`,
    modelJson: `${stem}-model.json`,
    // The name tfjs's own downloads give the weights of "<name>.json".
    modelWeights: `${stem}-model.weights.bin`,
  };
}
