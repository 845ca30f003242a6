/**
 * The generated PyTorch programs in real PyTorch: each activation module computes the catalog's
 * function, every program (and every Keras 3 program) compiles, and a few networks reach the test
 * accuracy the TensorFlow.js run reaches on the same data. The two frameworks draw different random
 * numbers (initial weights, batch order), so single runs differ; the check compares the mean over
 * SEEDS seeds and allows ACCURACY_TOLERANCE between them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { frameworkPrograms, getScalarActivation, recipeModelConfig, recipeTrainOptions, resolveRecipe, trainOnDataset, type NetworkRecipe } from '../../lab/index.ts';
import { activationVariants } from '../unit/export-variants.ts';
import { notebookTools, runProgram } from './support/tools.ts';

const SEEDS = [1, 2, 3];
/** Largest allowed gap between the mean test accuracies of PyTorch and TensorFlow.js. */
const ACCURACY_TOLERANCE = 0.05;
const GRID = Array.from({ length: 41 }, (_, i) => -5 + i * 0.25);

const TRAINING: [string, Omit<NetworkRecipe, 'seed'>][] = [
  ['circle, ReLU, Adam', { dataset: { id: 'circle', seed: 11, noise: 0.1 }, depth: 2, width: 8, activation: { id: 'relu' }, optimizer: 'adam', learningRate: 0.03, epochs: 60, batchSize: 32 }],
  ['xor, tanh, SGD with momentum', { dataset: { id: 'xor', seed: 12, noise: 0.1 }, depth: 1, width: 8, activation: { id: 'tanh' }, optimizer: 'momentum', learningRate: 0.05, epochs: 80, batchSize: 16 }],
  ['three-arm spiral, GELU, Adam', { dataset: { id: 'spiral', seed: 13, classes: 3, size: 300, noise: 0.05 }, depth: 2, width: 24, activation: { id: 'gelu' }, optimizer: 'adam', learningRate: 0.02, epochs: 150, batchSize: 32 }],
  ['gauss, PReLU from 0.25, RMSprop, He', { dataset: { id: 'gauss', seed: 14, noise: 0.2 }, depth: 2, width: 6, activation: { id: 'prelu', params: { alpha: 0.25 } }, optimizer: 'rmsprop', learningRate: 0.01, epochs: 40, batchSize: 20, initializer: 'he' }],
  ['circle, TF.js hard sigmoid, plain SGD', { dataset: { id: 'circle', seed: 15, noise: 0.05 }, depth: 2, width: 12, activation: { id: 'hard-sigmoid', params: { form: 1 } }, optimizer: 'sgd', learningRate: 0.5, epochs: 100, batchSize: 25 }],
];

let workDir: string;

beforeAll(async () => {
  await tf.setBackend('cpu');
  workDir = await mkdtemp(join(tmpdir(), 'pytorch-programs-'));
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('generated PyTorch programs in PyTorch', () => {
  it('compute each catalog activation with its parameters', async () => {
    const { python } = notebookTools();
    const variants = activationVariants();
    const manifest = await Promise.all(variants.map(async ([, activation], index) => {
      const program = join(workDir, `activation_${index}.py`);
      const recipe: NetworkRecipe = { dataset: { id: 'xor', seed: 1 }, depth: 1, width: 1, activation, optimizer: 'sgd', learningRate: 0.1, epochs: 1, batchSize: 10, seed: 1 };
      await writeFile(program, frameworkPrograms(recipe).pytorch);
      return { program, inputs: GRID };
    }));
    await writeFile(join(workDir, 'activations.json'), JSON.stringify(manifest));
    const outputs = JSON.parse(await runProgram(python, [resolve(import.meta.dirname, 'activation_values.py'), join(workDir, 'activations.json')], { cwd: workDir })) as number[][];
    variants.forEach(([label, activation], index) => {
      const entry = getScalarActivation(activation.id);
      GRID.forEach((x, i) => {
        const expected = entry.value(x, activation.params);
        expect(outputs[index]![i], `${label} at x = ${x}`).toBeCloseTo(expected, 5);
      });
    });
  });

  it('compile, as do the Keras 3 programs, for every activation and both output heads', async () => {
    const { python } = notebookTools();
    const files: string[] = [];
    for (const [index, [, activation]] of activationVariants().entries()) {
      for (const dataset of [{ id: 'circle', seed: 1 }, { id: 'spiral', seed: 1, classes: 4 }] as const) {
        const programs = frameworkPrograms({ dataset, depth: 2, width: 4, activation, optimizer: 'rmsprop', learningRate: 0.01, epochs: 2, batchSize: 8, seed: 1, initializer: 'lecun' });
        const stem = join(workDir, `compile_${index}_${dataset.id}`);
        await writeFile(`${stem}_keras.py`, programs.keras);
        await writeFile(`${stem}_torch.py`, programs.pytorch);
        files.push(`${stem}_keras.py`, `${stem}_torch.py`);
      }
    }
    await runProgram(python, ['-m', 'py_compile', ...files], { cwd: workDir });
    expect(files.length).toBe(activationVariants().length * 4);
  });

  it.each(TRAINING)('reach the TensorFlow.js accuracy: %s', async (_, recipe) => {
    const { python } = notebookTools();
    const tfjs: number[] = [];
    const pytorch: number[] = [];
    for (const seed of SEEDS) {
      const resolved = resolveRecipe({ ...recipe, seed });
      const { result, model } = await trainOnDataset(recipeModelConfig(resolved), resolved.dataset, { ...recipeTrainOptions(resolved), engine: 'tfjs' });
      model.dispose();
      tfjs.push(result.final.testAccuracy!);
      const programs = frameworkPrograms({ ...recipe, seed });
      await writeFile(join(workDir, programs.csvFileName), programs.csv);
      await writeFile(join(workDir, 'train_torch.py'), programs.pytorch);
      const output = await runProgram(python, ['train_torch.py'], { cwd: workDir });
      const accuracy = /^test accuracy ([\d.]+)$/m.exec(output);
      expect(accuracy, output).not.toBeNull();
      pytorch.push(Number(accuracy![1]));
    }
    console.log(`${_}: TensorFlow.js ${tfjs.map((a) => a.toFixed(3)).join(' ')} (mean ${mean(tfjs).toFixed(3)}), PyTorch ${pytorch.map((a) => a.toFixed(3)).join(' ')} (mean ${mean(pytorch).toFixed(3)})`);
    expect(Math.abs(mean(pytorch) - mean(tfjs))).toBeLessThanOrEqual(ACCURACY_TOLERANCE);
  });
});
