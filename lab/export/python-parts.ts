/** The parts the Keras and PyTorch programs share: the docstring, the settings as constants, reading the CSV. */
import { pyFloat } from './code-text.ts';
import { summariseRecipe } from './recipe-summary.ts';
import type { ResolvedRecipe } from './recipe.ts';

export function pythonDocstring(resolved: ResolvedRecipe, framework: string, howToRun: string): string {
  return [
    `"""Activation Lab: one network in ${framework}, generated from the settings below.`,
    '',
    ...summariseRecipe(resolved),
    howToRun,
    '"""',
  ].join('\n');
}

export function pythonConstants(resolved: ResolvedRecipe, withLayerSeeds: boolean): string {
  const { recipe, dataset, head } = resolved;
  return [
    `CSV_FILE = "${resolved.csvFileName}"`,
    `INPUTS = ${dataset.inputSize}`,
    `HIDDEN_UNITS = [${Array.from({ length: recipe.depth }, () => recipe.width).join(', ')}]`,
    `OUTPUTS = ${head.kind === 'binary' ? 1 : head.classes}`,
    `EPOCHS = ${recipe.epochs}`,
    `BATCH_SIZE = ${recipe.batchSize}`,
    `LEARNING_RATE = ${pyFloat(recipe.learningRate)}`,
    `SEED = ${recipe.seed}`,
    ...(withLayerSeeds
      ? ["# Seeds of each Dense layer's initial kernel, the ones the TF.js version uses.", `LAYER_SEEDS = [${resolved.layerSeeds.join(', ')}]`]
      : []),
  ].join('\n');
}

/**
 * read_split(path, split) for the CSV (columns x1, x2, ..., label, split); `array` turns a Python
 * list expression and an element type ("float" or "int") into the framework's array.
 */
export function pythonReadSplit(resolved: ResolvedRecipe, array: (list: string, type: 'float' | 'int') => string): string {
  const labels = resolved.head.kind === 'binary'
    ? array('[[float(row["label"])] for row in rows]', 'float')
    : array('[int(row["label"]) for row in rows]', 'int');
  return [
    'def read_split(path, split):',
    '    """One split of the CSV (columns x1, x2, ..., label, split) as inputs and labels."""',
    '    with open(path, newline="") as file:',
    '        rows = [row for row in csv.DictReader(file) if row["split"] == split]',
    '    features = [name for name in rows[0] if name.startswith("x")]',
    `    inputs = ${array('[[float(row[name]) for name in features] for row in rows]', 'float')}`,
    `    labels = ${labels}`,
    '    return inputs, labels',
  ].join('\n');
}
