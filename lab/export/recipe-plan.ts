/**
 * A recipe as a plan for lab's run orchestrator: the network the generated programs build, trained
 * with their loop and seed, and at the end its saved form (for model.json) and its probabilities on
 * the first test points (to check a reloaded copy against). It trains on tfjs, as the program does.
 */
import type { RunPlan } from '../runs/plan.ts';
import { FIRST_PREDICTIONS } from './first-predictions.ts';
import { recipeModelConfig, recipeTrainOptions, type ResolvedRecipe } from './recipe.ts';

export const RECIPE_ARM_ID = 'recipe';

/** The test points whose predictions the page shows and the exported program prints. */
export function firstTestInputs(resolved: ResolvedRecipe): number[][] {
  return resolved.dataset.test.xs.slice(0, FIRST_PREDICTIONS).map((row) => [...row]);
}

export function recipePlan(resolved: ResolvedRecipe, evaluateEvery = 1): RunPlan {
  // The run's seed (the plan's one seed) seeds both the model and the trainer, as the recipe's seed does.
  const { seed, ...config } = recipeModelConfig(resolved);
  const { epochs, learningRate, optimizer, batchSize } = recipeTrainOptions(resolved);
  return {
    arms: [{
      id: RECIPE_ARM_ID,
      model: { kind: 'dense', config },
      dataset: resolved.dataset,
      train: { epochs, learningRate, optimizer, batchSize, evaluateEvery },
      probes: [{ id: 'saved-model' }, { id: 'predictions', inputs: firstTestInputs(resolved) }],
    }],
    seeds: [seed],
    // The engine the generated TensorFlow.js program is: on it, that program reproduces this run.
    engine: 'tfjs',
  };
}
