import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
  LINEAR_COLLAPSE_DEFAULTS, NONLINEAR_TARGET, collapseDataset, linearCollapsePlan, type LinearCollapseSettings,
} from '../../lab/analysis/linear-collapse-experiment.ts';
import { collapseCheckPoints } from '../../lab/analysis/collapse-check.ts';
import { runArms } from '../../lab/runs/run-arms.ts';

/** The experiment through the run orchestrator; the records are plain data, so nothing is left to dispose. */
async function runLinearCollapse(settings: LinearCollapseSettings, signal?: AbortSignal) {
  const outcome = await runArms({ ...linearCollapsePlan(settings), ...(signal ? { signal } : {}) });
  const [linear, nonlinear] = outcome.records;
  return { stopped: outcome.stopped, results: { linear: linear!, nonlinear: nonlinear! }, collapse: linear?.probes['collapse-check'] };
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
    expect(linear.epochs).toBe(LINEAR_COLLAPSE_DEFAULTS.epochs);
    expect(linear.metrics.testAccuracy).toBeLessThan(0.7);
    expect(nonlinear.status).toBe('target-reached');
    expect(nonlinear.metrics.testAccuracy).toBeGreaterThanOrEqual(NONLINEAR_TARGET);
    expect(run.collapse).toBeDefined();
    const { layer, comparison } = run.collapse!;
    expect(layer.kernelShapes).toHaveLength(LINEAR_COLLAPSE_DEFAULTS.hiddenLayers + 1);
    expect(layer.weights).toHaveLength(2);
    expect(layer.bias).toHaveLength(1);
    expect(comparison.points).toBe(collapseCheckPoints(collapseDataset(LINEAR_COLLAPSE_DEFAULTS.seed)).length);
    expect(comparison.maxLogitDifference).toBeLessThanOrEqual(1e-5);
    expect(comparison.maxOutputDifference).toBeLessThanOrEqual(1e-5);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reaches 97 % with ReLU in place of tanh, and gives the same linear run again', async () => {
    const first = await runLinearCollapse(LINEAR_COLLAPSE_DEFAULTS);
    const relu = await runLinearCollapse({ ...LINEAR_COLLAPSE_DEFAULTS, nonlinear: 'relu' });
    expect(relu.results.nonlinear.metrics.testAccuracy).toBeGreaterThanOrEqual(NONLINEAR_TARGET);
    expect(relu.results.linear.history).toEqual(first.results.linear.history);
    expect(relu.collapse!.layer).toEqual(first.collapse!.layer);
  });

  it('skips the collapse when stopped, and refuses impossible settings', async () => {
    const controller = new AbortController();
    controller.abort();
    const run = await runLinearCollapse(LINEAR_COLLAPSE_DEFAULTS, controller.signal);
    expect(run.stopped).toBe(true);
    expect(run.collapse).toBeUndefined();
    expect(() => linearCollapsePlan({ ...LINEAR_COLLAPSE_DEFAULTS, hiddenLayers: 0 })).toThrow(/hiddenLayers must be an integer from 1 to 8/);
    expect(() => linearCollapsePlan({ ...LINEAR_COLLAPSE_DEFAULTS, nonlinear: 'sigmoid' as never })).toThrow(/one of tanh, relu/);
    expect(() => linearCollapsePlan({ ...LINEAR_COLLAPSE_DEFAULTS, learningRate: 5 })).toThrow(/learningRate must be from/);
  });
});
