import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
  LINEAR_COLLAPSE_DEFAULTS, NONLINEAR_TARGET, collapseCheckPoints, collapseDataset, runLinearCollapse, type CollapseRun,
} from '../../lab/analysis/linear-collapse-experiment.ts';

function disposeRun(run: CollapseRun): void {
  run.models.linear.dispose();
  run.models.nonlinear.dispose();
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('runLinearCollapse with the widget defaults', () => {
  it('keeps the linear network under 70 % test accuracy, reaches 97 % with tanh, and collapses to 1e-5', async () => {
    expect(LINEAR_COLLAPSE_DEFAULTS.hiddenLayers).toBeGreaterThanOrEqual(3);
    expect(LINEAR_COLLAPSE_DEFAULTS.nonlinear).toBe('tanh');
    const before = tf.memory().numTensors;
    const run = await runLinearCollapse(LINEAR_COLLAPSE_DEFAULTS);
    const { linear, nonlinear } = run.results;
    expect(linear.status).toBe('done');
    expect(linear.epoch).toBe(LINEAR_COLLAPSE_DEFAULTS.epochs);
    expect(linear.final.testAccuracy).toBeLessThan(0.7);
    expect(nonlinear.status).toBe('target-reached');
    expect(nonlinear.final.testAccuracy).toBeGreaterThanOrEqual(NONLINEAR_TARGET);
    expect(run.collapse).toBeDefined();
    const { layer, comparison } = run.collapse!;
    expect(layer.kernelShapes).toHaveLength(LINEAR_COLLAPSE_DEFAULTS.hiddenLayers + 1);
    expect(layer.weights).toHaveLength(2);
    expect(layer.bias).toHaveLength(1);
    expect(comparison.points).toBe(collapseCheckPoints(collapseDataset(LINEAR_COLLAPSE_DEFAULTS.seed)).length);
    expect(comparison.maxLogitDifference).toBeLessThanOrEqual(1e-5);
    expect(comparison.maxOutputDifference).toBeLessThanOrEqual(1e-5);
    disposeRun(run);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reaches 97 % with ReLU in place of tanh, and gives the same linear run again', async () => {
    const first = await runLinearCollapse(LINEAR_COLLAPSE_DEFAULTS);
    const relu = await runLinearCollapse({ ...LINEAR_COLLAPSE_DEFAULTS, nonlinear: 'relu' });
    expect(relu.results.nonlinear.final.testAccuracy).toBeGreaterThanOrEqual(NONLINEAR_TARGET);
    expect(relu.results.linear.history).toEqual(first.results.linear.history);
    expect(relu.collapse!.layer).toEqual(first.collapse!.layer);
    disposeRun(first);
    disposeRun(relu);
  });

  it('skips the collapse when stopped, and refuses impossible settings', async () => {
    const controller = new AbortController();
    controller.abort();
    const run = await runLinearCollapse(LINEAR_COLLAPSE_DEFAULTS, { signal: controller.signal });
    expect(run.results.linear.status).toBe('stopped');
    expect(run.collapse).toBeUndefined();
    disposeRun(run);
    await expect(runLinearCollapse({ ...LINEAR_COLLAPSE_DEFAULTS, hiddenLayers: 0 })).rejects.toThrow(/hiddenLayers must be an integer from 1 to 8/);
    await expect(runLinearCollapse({ ...LINEAR_COLLAPSE_DEFAULTS, nonlinear: 'sigmoid' as never })).rejects.toThrow(/one of tanh, relu/);
    await expect(runLinearCollapse({ ...LINEAR_COLLAPSE_DEFAULTS, learningRate: 5 })).rejects.toThrow(/learningRate must be from/);
  });
});
