import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { activationLayerFor, getActivation, getScalarActivation, listActivations, type VectorActivation } from '../../lab/activations/index.ts';

await tf.setBackend('cpu');

const LOGITS: number[][] = [
  [0.3, -1.2, 2.1],
  [5, 5, 5],
  [-3, 0.5, 0.25],
  [10, -10, 0],
];
const FD_STEP = 1e-6;

function softmaxEntry(): VectorActivation {
  const entry = getActivation('softmax');
  if (entry.kind !== 'vector') throw new Error('softmax should be a vector activation');
  return entry;
}

/** Softmax from its definition, without the max-shift. */
function definitionSoftmax(z: number[]): number[] {
  const exps = z.map(Math.exp);
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

describe('softmax', () => {
  it('is a vector function kept out of hidden layers', () => {
    const entry = softmaxEntry();
    expect(entry.hiddenUsable).toBe(false);
    const hidden = listActivations({ hiddenOnly: true }).map((e) => e.id);
    expect(hidden).not.toContain('softmax');
    expect(hidden).toHaveLength(listActivations().length - 1);
    expect(() => getScalarActivation('softmax')).toThrow(/vector function/);
  });

  it('vectorValue matches the definition and each row sums to 1', () => {
    const entry = softmaxEntry();
    for (const z of LOGITS) {
      const s = entry.vectorValue(z);
      const expected = definitionSoftmax(z);
      s.forEach((si, i) => expect(si).toBeCloseTo(expected[i], 14));
      expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    }
  });

  it('stays finite for huge logits where the plain definition overflows', () => {
    const s = softmaxEntry().vectorValue([1000, 0, -1000]);
    expect(definitionSoftmax([1000, 0, -1000]).some(Number.isNaN)).toBe(true);
    expect(s).toEqual([1, 0, 0]);
  });

  it('tfjs apply works on the last axis: rows sum to 1 and match vectorValue', () => {
    const entry = softmaxEntry();
    const before = tf.memory().numTensors;
    const rows = tf.tidy(() => entry.apply(tf.tensor2d(LOGITS)).arraySync() as number[][]);
    expect(tf.memory().numTensors).toBe(before);
    rows.forEach((row, r) => {
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      const expected = entry.vectorValue(LOGITS[r]);
      row.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 6));
    });
  });

  it('the Jacobian s_i(δ_ij − s_j) matches finite differences of vectorValue', () => {
    const entry = softmaxEntry();
    for (const z of LOGITS) {
      const jacobian = entry.jacobian(z);
      for (let j = 0; j < z.length; j++) {
        const up = entry.vectorValue(z.map((v, k) => (k === j ? v + FD_STEP : v)));
        const down = entry.vectorValue(z.map((v, k) => (k === j ? v - FD_STEP : v)));
        for (let i = 0; i < z.length; i++) {
          expect(jacobian[i][j]).toBeCloseTo((up[i] - down[i]) / (2 * FD_STEP), 8);
        }
      }
    }
  });

  it('the Jacobian matches tf.grad of the tfjs softmax, row by row', () => {
    const entry = softmaxEntry();
    for (const z of LOGITS) {
      const jacobian = entry.jacobian(z);
      for (let i = 0; i < z.length; i++) {
        const row = tf.tidy(() => {
          const pick = tf.oneHot(i, z.length).toFloat();
          return tf.grad((logits: tf.Tensor) => tf.sum(tf.mul(entry.apply(logits), pick)))(tf.tensor1d(z)).arraySync() as number[];
        });
        row.forEach((value, j) => expect(value).toBeCloseTo(jacobian[i][j], 6));
      }
    }
  });

  it('with cross-entropy the gradient with respect to the logits is s − y', () => {
    const entry = softmaxEntry();
    const z = LOGITS[0];
    const y = [0, 0, 1];
    const grad = tf.tidy(() =>
      tf.grad((logits: tf.Tensor) => tf.neg(tf.sum(tf.mul(tf.tensor1d(y), tf.log(entry.apply(logits))))))(tf.tensor1d(z)).arraySync() as number[]);
    const s = entry.vectorValue(z);
    grad.forEach((g, i) => expect(g).toBeCloseTo(s[i] - y[i], 6));
  });

  it('its plotting slice is the first output of softmax([x, 0]), which is σ(x)', () => {
    const entry = softmaxEntry();
    for (const x of [-4, -0.7, 0, 1.3, 6]) {
      expect(entry.slice.value(x)).toBeCloseTo(entry.vectorValue([x, 0])[0], 14);
      expect(entry.slice.value(x)).toBeCloseTo(1 / (1 + Math.exp(-x)), 14);
      expect(entry.slice.derivative(x)).toBeCloseTo(entry.jacobian([x, 0])[0][0], 14);
    }
  });

  it('maps to the tfjs built-in string for an output layer', () => {
    expect(activationLayerFor({ id: 'softmax' })).toEqual({ builtin: 'softmax' });
  });
});
