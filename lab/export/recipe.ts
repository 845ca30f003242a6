/**
 * A network recipe: everything that decides one training run of a small classifier (data set,
 * depth and width, hidden activation with its parameters, optimiser, learning rate, epochs, batch
 * size, seed), as plain data a widget's settings map onto one to one. resolveRecipe checks it and
 * works out what every code generator needs: the data set itself, its CSV file name, the output
 * head, the seeds lab derives for each layer and for the batch order, and the ModelConfig and
 * TrainOptions with which lab trains the very same network.
 */
import type { ActivationChoice, Dataset, InitializerId, ModelConfig, OptimizerId, TrainOptions } from '../types.ts';
import { deriveSeed, normaliseSeed } from '../rng.ts';
import { getActivation } from '../activations/catalog.ts';
import { requireValidParams } from '../activations/validate-params.ts';
import { INITIALIZER_IDS } from '../models/config.ts';
import { OPTIMIZER_IDS } from '../train/optimizers.ts';
import { loadRecipeDataset, makeRecipeDataset, type DatasetRecipe } from './recipe-dataset.ts';

export type { DatasetRecipe } from './recipe-dataset.ts';

export const MAX_RECIPE_DEPTH = 8;
export const MAX_RECIPE_WIDTH = 256;
export const MAX_RECIPE_EPOCHS = 10_000;
export const DEFAULT_RECIPE_INITIALIZER: InitializerId = 'glorot';

export interface NetworkRecipe {
  dataset: DatasetRecipe;
  /** Hidden layers, each `width` units wide. */
  depth: number;
  width: number;
  /** The hidden activation with its parameters; missing parameters take the catalog's defaults. */
  activation: ActivationChoice;
  optimizer: OptimizerId;
  learningRate: number;
  epochs: number;
  batchSize: number;
  /** Seeds the initial weights and the order of the mini-batches. */
  seed: number;
  initializer?: InitializerId;
}

/** Binary problems get one logit and binary cross-entropy; k classes get k logits and softmax cross-entropy. */
export type OutputHead = { kind: 'binary' } | { kind: 'multiclass'; classes: number };

export interface ResolvedRecipe {
  recipe: NetworkRecipe;
  activationId: string;
  /** Every parameter of the activation, defaults filled in. */
  params: Record<string, number>;
  initializer: InitializerId;
  dataset: Dataset;
  csvFileName: string;
  head: OutputHead;
  /** Seed of each dense layer's kernel initialiser, hidden layers first, the output layer last. */
  layerSeeds: number[];
  /** Seed of the generator that shuffles the mini-batches. */
  shuffleSeed: number;
}

function checkInteger(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Recipe: ${name} must be an integer from ${min} to ${max}, got ${String(value)}.`);
  }
}

function checkTraining(recipe: NetworkRecipe): void {
  if (!OPTIMIZER_IDS.includes(recipe.optimizer)) {
    throw new Error(`Recipe: optimizer must be one of ${OPTIMIZER_IDS.join(', ')}, got ${String(recipe.optimizer)}.`);
  }
  const { learningRate } = recipe;
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || learningRate <= 0 || learningRate > 10) {
    throw new Error(`Recipe: learningRate must be a number above 0 and at most 10, got ${String(learningRate)}.`);
  }
  checkInteger('epochs', recipe.epochs, 1, MAX_RECIPE_EPOCHS);
  checkInteger('batchSize', recipe.batchSize, 1, Number.MAX_SAFE_INTEGER);
}

/** A file name that says which data it holds, e.g. "spiral-noise0.1-seed7.csv". */
export function datasetFileName(dataset: DatasetRecipe): string {
  const parts: string[] = [dataset.id];
  if (dataset.classes !== undefined) parts.push(`${dataset.classes}classes`);
  if (dataset.noise !== undefined) parts.push(`noise${dataset.noise}`);
  if (dataset.size !== undefined) parts.push(`size${dataset.size}`);
  if (dataset.testFraction !== undefined) parts.push(`test${dataset.testFraction}`);
  parts.push(`seed${normaliseSeed(dataset.seed)}`);
  return `${parts.join('-')}.csv`;
}

/** Checks everything but the data set; returns the activation's id and its parameters with defaults filled in. */
function checkRecipe(recipe: NetworkRecipe): { activationId: string; params: Record<string, number>; initializer: InitializerId } {
  if (recipe === null || typeof recipe !== 'object') throw new Error('Recipe: expected an object.');
  checkInteger('depth', recipe.depth, 1, MAX_RECIPE_DEPTH);
  checkInteger('width', recipe.width, 1, MAX_RECIPE_WIDTH);
  checkTraining(recipe);
  const entry = getActivation(recipe.activation?.id);
  if (!entry.hiddenUsable) throw new Error(`Recipe: ${entry.name} is an output function, not a hidden activation.`);
  const params = requireValidParams(recipe.activation);
  const initializer = recipe.initializer ?? DEFAULT_RECIPE_INITIALIZER;
  if (!INITIALIZER_IDS.includes(initializer)) {
    throw new Error(`Recipe: initializer must be one of ${INITIALIZER_IDS.join(', ')}, got ${String(initializer)}.`);
  }
  return { activationId: entry.id, params, initializer };
}

function resolveWith(recipe: NetworkRecipe, checked: ReturnType<typeof checkRecipe>, dataset: Dataset): ResolvedRecipe {
  const seed = normaliseSeed(recipe.seed);
  return {
    recipe,
    ...checked,
    dataset,
    csvFileName: datasetFileName(recipe.dataset),
    head: dataset.numClasses === 2 ? { kind: 'binary' } : { kind: 'multiclass', classes: dataset.numClasses },
    layerSeeds: Array.from({ length: recipe.depth + 1 }, (_, layer) => deriveSeed(seed, 'layer', layer)),
    shuffleSeed: deriveSeed(seed, 'batches'),
  };
}

/** Checks a recipe on a generated data set and works out the rest; throws for a real data set (use loadRecipe). */
export function resolveRecipe(recipe: NetworkRecipe): ResolvedRecipe {
  const checked = checkRecipe(recipe);
  return resolveWith(recipe, checked, makeRecipeDataset(recipe.dataset));
}

/** resolveRecipe for any data set: a real one (iris, penguins, mnist) is loaded first. */
export async function loadRecipe(recipe: NetworkRecipe): Promise<ResolvedRecipe> {
  const checked = checkRecipe(recipe);
  return resolveWith(recipe, checked, await loadRecipeDataset(recipe.dataset));
}

/** The ModelConfig with which lab's buildModel makes the network the generated code describes. */
export function recipeModelConfig(resolved: ResolvedRecipe): ModelConfig {
  const binary = resolved.head.kind === 'binary';
  return {
    inputSize: resolved.dataset.inputSize,
    hidden: Array.from({ length: resolved.recipe.depth }, () => resolved.recipe.width),
    activation: { id: resolved.activationId, params: { ...resolved.params } },
    outputSize: binary ? 1 : resolved.dataset.numClasses,
    output: binary ? 'sigmoid' : 'softmax',
    initializer: resolved.initializer,
    seed: resolved.recipe.seed,
  };
}

/** The TrainOptions with which lab's trainer runs the training loop the generated code writes out. */
export function recipeTrainOptions(resolved: ResolvedRecipe): TrainOptions {
  const { epochs, learningRate, optimizer, batchSize, seed } = resolved.recipe;
  return { epochs, learningRate, optimizer, batchSize, seed };
}
