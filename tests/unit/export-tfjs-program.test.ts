/**
 * The generated TensorFlow.js program, run as a reader would run it (node, beside its CSV), gives the
 * same epoch losses and test accuracy as lab's trainer on the tfjs engine: the same network, seeds,
 * batch order and loss. One case per way the program can write an activation and per optimiser.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  frameworkPrograms, recipeModelConfig, recipeTrainOptions, resolveRecipe, tf, trainOnDataset, type NetworkRecipe,
} from '../../lab/index.ts';

const run = promisify(execFile);
const REPO_MODULES = resolve(import.meta.dirname, '../../node_modules');

const BASE: NetworkRecipe = {
  dataset: { id: 'circle', seed: 5, noise: 0.1, size: 120 },
  depth: 2,
  width: 6,
  activation: { id: 'relu' },
  optimizer: 'adam',
  learningRate: 0.05,
  epochs: 10,
  batchSize: 16,
  seed: 3,
};

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
  const folder = await mkdtemp(join(tmpdir(), 'tfjs-program-'));
  try {
    await symlink(REPO_MODULES, join(folder, 'node_modules'), 'dir');
    await writeFile(join(folder, programs.csvFileName), programs.csv);
    await writeFile(join(folder, 'model.mjs'), programs.tfjs);
    const { stdout } = await run(process.execPath, ['model.mjs'], { cwd: folder });
    const losses = new Map([...stdout.matchAll(/^epoch (\d+): loss ([\d.]+)$/gm)].map((m) => [Number(m[1]), Number(m[2])]));
    const accuracy = /^test accuracy ([\d.]+)$/m.exec(stdout);
    if (!accuracy) throw new Error(`The program printed no test accuracy:\n${stdout}`);
    return { losses, testAccuracy: Number(accuracy[1]) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
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
