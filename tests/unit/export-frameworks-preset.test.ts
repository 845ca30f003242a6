/** The three-frameworks widget's first settings, trained as the page trains them. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { FRAMEWORKS_PRESET, FRAMEWORKS_RANGES, FRAMEWORKS_TARGET_ACCURACY, MAX_RECIPE_DEPTH, MAX_RECIPE_EPOCHS, MAX_RECIPE_WIDTH, recipePlan, resolveRecipe, runArms } from '../../lab/index.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the three-frameworks preset', () => {
  it('reaches the target test accuracy, the same on every run, leaving no tensors', async () => {
    const resolved = resolveRecipe(FRAMEWORKS_PRESET);
    const before = tf.memory().numTensors;
    const first = (await runArms(recipePlan(resolved))).records[0]!;
    const second = (await runArms(recipePlan(resolved))).records[0]!;
    expect(tf.memory().numTensors).toBe(before);
    expect(first.status).toBe('done');
    expect(first.engine).toBe('tfjs');
    expect(first.metrics.testAccuracy).toBeGreaterThanOrEqual(FRAMEWORKS_TARGET_ACCURACY);
    expect(second.metrics).toEqual(first.metrics);
    expect(first.probes.predictions).toHaveLength(5);
    expect(first.probes['saved-model']!.weightData.byteLength).toBeGreaterThan(0);
  });

  it('offers only ranges lab accepts', () => {
    expect(FRAMEWORKS_RANGES.depth.max).toBeLessThanOrEqual(MAX_RECIPE_DEPTH);
    expect(FRAMEWORKS_RANGES.width.max).toBeLessThanOrEqual(MAX_RECIPE_WIDTH);
    expect(FRAMEWORKS_RANGES.epochs.max).toBeLessThanOrEqual(MAX_RECIPE_EPOCHS);
    const { depth, width, epochs } = FRAMEWORKS_RANGES;
    expect(() => resolveRecipe({ ...FRAMEWORKS_PRESET, depth: depth.max, width: width.max, epochs: epochs.max })).not.toThrow();
  });
});
