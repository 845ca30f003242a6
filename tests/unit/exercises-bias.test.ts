import { beforeAll, describe, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { expectRefused, expectSolved } from './support/exercise-expectations.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const length = (w: number[]): number => Math.sqrt(w.reduce((sum, value) => sum + value * value, 0));

describe('boundary-distance', () => {
  it('accepts |b| / ‖w‖ for any number of inputs', async () => {
    await expectSolved('boundary-distance', (w: number[], b: number) => Math.abs(b) / length(w));
  });

  it('names the usual slips: a signed distance, dividing by ‖w‖², forgetting ‖w‖', async () => {
    await expectRefused('boundary-distance', (w: number[], b: number) => b / length(w), /never negative: use the size of b/);
    await expectRefused('boundary-distance', (w: number[], b: number) => Math.abs(b) / length(w) ** 2, /not by its square/);
    await expectRefused('boundary-distance', (_w: number[], b: number) => Math.abs(b), /divide it by the length of w/);
    await expectRefused('boundary-distance', (w: number[]) => length(w), /^distanceFromOrigin\(\[.*\], -?[\d.]+\) returned [\d.]+, but that boundary passes [\d.]+ from the origin\.$/);
  });
});

describe('rule-as-neuron', () => {
  it('accepts w = (2, −1), b = −3 and any positive multiple of it', async () => {
    await expectSolved('rule-as-neuron', { w: [2, -1], b: -3 });
    await expectSolved('rule-as-neuron', { w: [1, -0.5], b: -1.5 });
  });

  it('refuses a flipped sign, a negative multiple, a bias that misses by a little, and a malformed answer', async () => {
    await expectRefused('rule-as-neuron', { w: [2, -1], b: 3 }, /the rule says not class 1 .* but your neuron gives z = w·x \+ b = [\d.]+, above 0/);
    await expectRefused('rule-as-neuron', { w: [-2, 1], b: 3 }, /the rule says (not )?class 1/);
    await expectRefused('rule-as-neuron', { w: [2, -1], b: -3.05 }, /\(x₁, x₂\) = \(-?\d+, -?[\d.]+\)/);
    await expectRefused('rule-as-neuron', [2, -1, -3], /should look like \{ w: \[w1, w2\], b: number \}, but it is an array of 3 items/);
    await expectRefused('rule-as-neuron', { w: [2], b: -3 }, /with w an array of 1 item and b the number -3/);
  });
});
