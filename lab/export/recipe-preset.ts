/**
 * What chapter 9's "same network in three frameworks" widget first shows, and the ranges it offers.
 * A unit test trains this recipe and checks it reaches the widget's target.
 */
import type { NetworkRecipe } from './recipe.ts';

export const FRAMEWORKS_PRESET = {
  dataset: { id: 'circle', seed: 1 },
  depth: 2,
  width: 8,
  activation: { id: 'relu' },
  optimizer: 'adam',
  learningRate: 0.05,
  epochs: 40,
  batchSize: 16,
  seed: 1,
} as const satisfies NetworkRecipe;

/** The test accuracy the preset reaches, with a margin (the widget's data-target). */
export const FRAMEWORKS_TARGET_ACCURACY = 0.9;

/** Ranges the widget offers: within lab's own limits, and small enough to train in a page. */
export const FRAMEWORKS_RANGES = {
  depth: { min: 1, max: 4 },
  width: { min: 1, max: 64 },
  learningRate: { min: 0.0001, max: 1 },
  epochs: { min: 1, max: 500 },
  batchSize: { min: 1, max: 1024 },
  seed: { min: 0, max: 2 ** 32 - 1 },
} as const;
