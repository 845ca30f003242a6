/**
 * The data set of a recipe: one of lab's seeded generators (made at once) or one of the real data
 * sets shipped with the site (iris, penguins, a slice of MNIST; loaded on demand). Options that do
 * not apply to the chosen set are refused with a message that says so.
 */
import type { Dataset } from '../types.ts';
import { DATASET_IDS, isDatasetId, makeDataset, type DatasetId } from '../datasets/registry.ts';
import { isRealDatasetId, loadRealDataset, REAL_DATASET_IDS, type RealDatasetId } from '../datasets/real/index.ts';

export const RECIPE_DATASET_IDS = [...DATASET_IDS, ...REAL_DATASET_IDS] as const;
export type RecipeDatasetId = DatasetId | RealDatasetId;

export interface DatasetRecipe {
  id: RecipeDatasetId;
  seed: number;
  /** Generated sets only. */
  noise?: number;
  /** Points in all: generated sets and MNIST (at most the slice's 2,000 digits). */
  size?: number;
  testFraction?: number;
  /** Classes, for the generators that make more than two (spiral). */
  classes?: number;
}

const MAX_REAL_TEST_FRACTION = 0.9;
const MIN_MNIST_SIZE = 20;
const MNIST_SLICE_SIZE = 2000;

export function isRecipeDatasetId(id: unknown): id is RecipeDatasetId {
  return isDatasetId(id) || (typeof id === 'string' && isRealDatasetId(id));
}

function checkRealOptions(spec: DatasetRecipe & { id: RealDatasetId }): void {
  for (const option of ['noise', 'classes'] as const) {
    if (spec[option] !== undefined) throw new Error(`Recipe: ${option} applies only to generated data sets, not to ${spec.id}.`);
  }
  if (spec.size !== undefined && spec.id !== 'mnist') throw new Error(`Recipe: ${spec.id} always uses all its rows; size applies to mnist and the generated sets.`);
  const { size, testFraction } = spec;
  if (size !== undefined && (!Number.isInteger(size) || size < MIN_MNIST_SIZE || size > MNIST_SLICE_SIZE)) {
    throw new Error(`Recipe: mnist's size must be an integer from ${MIN_MNIST_SIZE} to ${MNIST_SLICE_SIZE}, got ${String(size)}.`);
  }
  if (testFraction !== undefined && !(typeof testFraction === 'number' && testFraction > 0 && testFraction <= MAX_REAL_TEST_FRACTION)) {
    throw new Error(`Recipe: testFraction must be above 0 and at most ${MAX_REAL_TEST_FRACTION}, got ${String(testFraction)}.`);
  }
}

function unknownDataset(id: unknown): Error {
  return new Error(`Unknown data set "${String(id)}". Choose one of: ${RECIPE_DATASET_IDS.join(', ')}.`);
}

/** A generated data set, made at once; throws for a real one (load it with loadRecipeDataset). */
export function makeRecipeDataset(spec: DatasetRecipe): Dataset {
  const { id, ...options } = spec ?? ({} as DatasetRecipe);
  if (isDatasetId(id)) return makeDataset(id, options);
  if (typeof id === 'string' && isRealDatasetId(id)) {
    throw new Error(`Recipe: the ${id} data set is read from a file; resolve this recipe with loadRecipe, which loads it first.`);
  }
  throw unknownDataset(id);
}

export async function loadRecipeDataset(spec: DatasetRecipe): Promise<Dataset> {
  const id = spec?.id;
  if (typeof id === 'string' && isRealDatasetId(id)) {
    const real = spec as DatasetRecipe & { id: RealDatasetId };
    checkRealOptions(real);
    const { seed, testFraction, size } = real;
    return loadRealDataset(id, { seed, ...(testFraction !== undefined ? { testFraction } : {}), ...(size !== undefined ? { size } : {}) });
  }
  return makeRecipeDataset(spec);
}
