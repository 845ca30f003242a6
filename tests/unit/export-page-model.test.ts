/**
 * Taking the page's model away: a recipe trained through lab's orchestrator, saved as model.json and
 * weights, loads in the generated TensorFlow.js program (run in Node as a reader runs it, without lab)
 * and gives the same predictions and test accuracy; and every activation's saved model names only
 * layer classes that tfjs or that program defines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { buildModel, loadRecipe, modelFiles, readPredictions, recipeModelConfig, recipePlan, recipePrograms, resolveRecipe, runArms, saveModel, topologyClassNames, type ArmRun, type NetworkRecipe, type ResolvedRecipe } from '../../lab/index.ts';
import { activationVariants } from './export-variants.ts';
import { PROGRAM_TEST_RECIPE, printedAccuracy, runTfjsProgram } from './support/tfjs-program-run.ts';

const BASE: NetworkRecipe = { ...PROGRAM_TEST_RECIPE, epochs: 8 };

interface ProgramOutput {
  testAccuracy: number;
  predictions: { label: number; predicted: number; probability: number }[];
}

async function runProgram(resolved: ResolvedRecipe, record: ArmRun, args: string[]): Promise<ProgramOutput> {
  const programs = recipePrograms(resolved);
  const files = modelFiles(record.probes['saved-model']!, resolved);
  const stdout = await runTfjsProgram(programs.tfjs, {
    [programs.csvFileName]: programs.csv, [files.modelJsonName]: files.modelJson, [files.weightsName]: new Uint8Array(files.weights),
  }, args);
  const predictions = [...stdout.matchAll(/^test point \d+: label (\d+), predicted (\d+) with probability ([\d.]+)$/gm)]
    .map((m) => ({ label: Number(m[1]), predicted: Number(m[2]), probability: Number(m[3]) }));
  return { testAccuracy: printedAccuracy(stdout), predictions };
}

async function trainOnPage(resolved: ResolvedRecipe): Promise<ArmRun> {
  const before = tf.memory().numTensors;
  const { records } = await runArms(recipePlan(resolved));
  expect(tf.memory().numTensors).toBe(before);
  const record = records[0]!;
  expect(record.status).toBe('done');
  return record;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the model exported from the page', () => {
  it.each<[string, Partial<NetworkRecipe>]>([
    ['relu fused into dense layers', {}],
    ["an Elementwise layer (Keras 3's hard sigmoid)", { activation: { id: 'hard-sigmoid', params: { form: 0 } } }],
    ['a trained per-unit Swish β', { activation: { id: 'swish', params: { beta: 1.5, trainable: 1, perUnit: 1 } }, optimizer: 'sgd', learningRate: 0.3 }],
    ['three spiral classes with ELU', { dataset: { id: 'spiral', seed: 2, classes: 3, size: 90 }, activation: { id: 'elu', params: { alpha: 0.5 } } }],
    ['iris, a real data set', { dataset: { id: 'iris', seed: 1 }, activation: { id: 'gelu' } }],
  ])('reloads in the generated program with the same predictions: %s', async (_, change) => {
    const resolved = await loadRecipe({ ...BASE, ...change });
    const record = await trainOnPage(resolved);
    const page = readPredictions(record.probes.predictions!, resolved.dataset.test.ys);
    expect(page).toHaveLength(5);
    const program = await runProgram(resolved, record, ['--page-model']);
    expect(program.testAccuracy).toBeCloseTo(record.metrics.testAccuracy!, 4);
    expect(program.predictions).toHaveLength(page.length);
    program.predictions.forEach((printed, i) => {
      expect(printed.label, `point ${i + 1}`).toBe(page[i]!.label);
      expect(printed.predicted, `point ${i + 1}`).toBe(page[i]!.predicted);
      expect(printed.probability, `point ${i + 1}`).toBeCloseTo(page[i]!.probability, 4);
    });
  });

  it('is the model the program trains itself: the same test accuracy and predictions from the CSV alone', async () => {
    const resolved = resolveRecipe({ ...BASE, activation: { id: 'leaky-relu', params: { alpha: 0.1 } } });
    const record = await trainOnPage(resolved);
    const [loaded, trained] = [await runProgram(resolved, record, ['--page-model']), await runProgram(resolved, record, [])];
    expect(trained.testAccuracy).toBeCloseTo(loaded.testAccuracy, 4);
    trained.predictions.forEach((printed, i) => expect(printed.probability).toBeCloseTo(loaded.predictions[i]!.probability, 3));
  });

  it('loads back into tfjs as it was saved, giving the page model\'s probabilities to float32 precision', async () => {
    const resolved = resolveRecipe({ ...BASE, activation: { id: 'swish', params: { beta: 1, trainable: 1 } } });
    const record = await trainOnPage(resolved);
    const saved = record.probes['saved-model']!;
    const reloaded = await tf.loadLayersModel(tf.io.fromMemory(saved));
    try {
      const again = tf.tidy(() => (reloaded.predict(tf.tensor2d(resolved.dataset.test.xs.slice(0, 5))) as tf.Tensor2D).arraySync());
      again.flat().forEach((p, i) => expect(p).toBeCloseTo(record.probes.predictions!.flat()[i]!, 6));
    } finally {
      reloaded.dispose();
    }
  });
});

describe('the exported topology', () => {
  it.each(activationVariants())('names only classes tfjs or the generated program defines: %s', async (_, activation) => {
    const resolved = resolveRecipe({ ...BASE, depth: 1, activation });
    const model = buildModel(recipeModelConfig(resolved));
    const files = modelFiles(await saveModel(model), resolved);
    model.dispose();
    const program = recipePrograms(resolved).tfjs;
    const json = JSON.parse(files.modelJson) as { modelTopology: Record<string, unknown>; weightsManifest: { paths: string[] }[] };
    expect(json.weightsManifest[0]!.paths).toEqual([`./${files.weightsName}`]);
    for (const name of topologyClassNames(json.modelTopology)) {
      expect(name).not.toMatch(/^ActivationLab/);
      const builtIn = !program.includes(`static className = '${name}'`);
      if (builtIn) expect(tf.serialization.SerializationMap.getMap().classNameMap, name).toHaveProperty(name);
      else expect(program).toContain(`tf.serialization.registerClass(${name});`);
    }
  });

  it('names the files after the data set and activation, model.json naming its weights file', () => {
    const resolved = resolveRecipe({ ...BASE, activation: { id: 'hard-sigmoid' } });
    expect(resolved.csvFileName).toBe('circle-noise0.1-size120-seed5.csv');
    const files = modelFiles({ modelTopology: { config: { layers: [] } }, weightSpecs: [], weightData: new ArrayBuffer(0) }, resolved);
    expect([files.modelJsonName, files.weightsName]).toEqual(['circle-hard-sigmoid-model.json', 'circle-hard-sigmoid-model.weights.bin']);
  });
});
