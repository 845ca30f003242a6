/**
 * The generated TensorFlow.js program, run as a reader would run it (node, beside its CSV), gives the
 * same epoch losses and test accuracy as lab's trainer on the tfjs engine: the same network, seeds,
 * batch order and loss. One case per way the program can write an activation and per optimiser.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { frameworkPrograms, recipeModelConfig, recipeTrainOptions, resolveRecipe, trainOnDataset, type NetworkRecipe } from '../../lab/index.ts';
import { PROGRAM_TEST_RECIPE as BASE, printedAccuracy, runTfjsProgram } from './support/tfjs-program-run.ts';

const CASES: [string, Partial<NetworkRecipe>][] = [
  ['a fused activation string with Adam', {}],
  ['the leakyReLU layer with momentum', { activation: { id: 'leaky-relu', params: { alpha: 0.1 } }, optimizer: 'momentum' }],
  ['the prelu layer with RMSprop and He initialisers', { activation: { id: 'prelu', params: { alpha: 0.2 } }, optimizer: 'rmsprop', initializer: 'he' }],
  ['a trainable Swish layer with plain SGD', { activation: { id: 'swish', params: { beta: 1.5, trainable: 1, perUnit: 1 } }, optimizer: 'sgd', learningRate: 0.3 }],
  ["an Elementwise layer (Keras 3's hard sigmoid)", { activation: { id: 'hard-sigmoid', params: { form: 0 } }, initializer: 'lecun' }],
  ['three classes, softmax cross-entropy, one full batch', { dataset: { id: 'spiral', seed: 2, classes: 3, size: 90 }, activation: { id: 'elu', params: { alpha: 0.5 } }, batchSize: 500 }],
];

interface ProgramRun {
  losses: Map<number, number>;
  testAccuracy: number;
}

async function runGeneratedProgram(recipe: NetworkRecipe): Promise<ProgramRun> {
  const programs = frameworkPrograms(recipe);
  const stdout = await runTfjsProgram(programs.tfjs, { [programs.csvFileName]: programs.csv });
  const losses = new Map([...stdout.matchAll(/^epoch (\d+): loss ([\d.]+)$/gm)].map((m) => [Number(m[1]), Number(m[2])]));
  return { losses, testAccuracy: printedAccuracy(stdout) };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the generated TensorFlow.js program', () => {
  it.each(CASES)('reproduces lab\'s run: %s', async (_, change) => {
    const recipe = { ...BASE, ...change };
    const resolved = resolveRecipe(recipe);
    const { result, model } = await trainOnDataset(recipeModelConfig(resolved), resolved.dataset, {
      ...recipeTrainOptions(resolved), engine: 'tfjs', evaluateEvery: 1,
    });
    model.dispose();
    const program = await runGeneratedProgram(recipe);

    expect(program.losses.size).toBe(recipe.epochs);
    for (const { epoch, loss } of result.history) {
      expect(program.losses.get(epoch), `epoch ${epoch}`).toBeCloseTo(loss, 3);
    }
    expect(program.testAccuracy).toBeCloseTo(result.final.testAccuracy!, 3);
  });
});
