/** predictGrid on the array engine gives what the tfjs model itself predicts, for every output kind. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { ModelConfig } from '../../lab/types.ts';
import { buildModel } from '../../lab/models/index.ts';
import { gridPoints, predictGrid } from '../../lab/train/index.ts';
import { planMlp } from '../../lab/train/array-engine/plan.ts';

const BOUNDS = { xMin: -6, xMax: 5, yMin: -4, yMax: 7 };
const RESOLUTION = 12;

function tfjsPredictions(model: tf.Sequential): { values: number[]; classes: number[] } {
  return tf.tidy(() => {
    const outputs = model.predict(tf.tensor2d(gridPoints(BOUNDS, RESOLUTION), [RESOLUTION * RESOLUTION, 2])) as tf.Tensor2D;
    if (outputs.shape[1] === 1) return { values: Array.from(outputs.dataSync()), classes: [] };
    return { values: Array.from(tf.max(outputs, 1).dataSync()), classes: Array.from(tf.argMax(outputs, 1).dataSync()) };
  });
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('predictGrid on the array engine', () => {
  it.each([
    ['sigmoid', { inputSize: 2, hidden: [8, 8], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', inputScale: 0.3, seed: 3 }],
    ['softmax', { inputSize: 2, hidden: [6], activation: { id: 'relu' }, outputSize: 3, output: 'softmax', seed: 4 }],
    ['linear', { inputSize: 2, hidden: [5], activation: { id: 'elu' }, outputSize: 1, output: 'linear', useBias: false, seed: 5 }],
  ] as [string, ModelConfig][])('matches the tfjs model for a %s output', async (_, config) => {
    const model = buildModel(config);
    expect(planMlp(model, config.output, config.output !== 'linear')).toBeDefined();
    const before = tf.memory().numTensors;
    const grid = await predictGrid(model, BOUNDS, RESOLUTION);
    expect(tf.memory().numTensors).toBe(before);
    const expected = tfjsPredictions(model);
    model.dispose();
    expect(grid.values).toHaveLength(RESOLUTION * RESOLUTION);
    grid.values.forEach((value, i) => expect(value).toBeCloseTo(expected.values[i]!, 5));
    if (config.output === 'softmax') expect(Array.from(grid.classes!)).toEqual(expected.classes);
    else expect(grid.classes).toBeUndefined();
  });
});
