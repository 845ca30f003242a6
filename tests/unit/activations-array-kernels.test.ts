/**
 * The array engine's kernels live in the catalog entries: each one computes the entry's own function
 * and derivative (to float32 precision, in the form tfjs uses), and the engine finds them by the name
 * a tfjs Dense layer reports.
 */
import { describe, expect, it } from 'vitest';
import { listActivations } from '../../lab/activations/index.ts';
import { arrayKernelFor } from '../../lab/activations/array-kernels.ts';

const SAMPLES = [-7.5, -3, -1.2, -0.4, 0.3, 0.9, 2.2, 5, 7.9];
/** Inputs and outputs are float32. */
const RELATIVE = 1e-6;

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= RELATIVE * Math.max(1, Math.abs(expected));
}

const withKernels = listActivations().filter((entry) => entry.kind === 'scalar' && entry.arrayKernel?.() !== undefined);

describe('array kernels', () => {
  it('exist for the ten activations the array engine trains, and for no vector function', () => {
    expect(withKernels.map((entry) => entry.id).sort()).toEqual(
      ['elu', 'linear', 'relu', 'relu6', 'selu', 'sigmoid', 'softplus', 'softsign', 'swish', 'tanh'],
    );
  });

  it.each(withKernels.map((entry) => [entry.id, entry] as const))('%s: apply is value() and backprop of ones is derivative()', (_, entry) => {
    if (entry.kind !== 'scalar') throw new Error('scalar entries only');
    const kernel = entry.arrayKernel!()!;
    const z = Float32Array.from(SAMPLES);
    const a = new Float32Array(z.length);
    kernel.apply(z, a, z.length);
    const slopes = new Float32Array(z.length).fill(1);
    kernel.backprop(z, a, slopes, z.length);
    const halves = new Float32Array(z.length).fill(0.5);
    kernel.backprop(z, a, halves, z.length);
    z.forEach((x, i) => {
      expect(close(a[i]!, entry.value(x)), `${entry.id} f(${x}) = ${a[i]}, value() says ${entry.value(x)}`).toBe(true);
      expect(close(slopes[i]!, entry.derivative(x)), `${entry.id} f'(${x}) = ${slopes[i]}, derivative() says ${entry.derivative(x)}`).toBe(true);
      expect(halves[i]).toBeCloseTo(0.5 * slopes[i]!, 6);
    });
  });

  it('are found by the tfjs activation name, only where the entry computes exactly that builtin', () => {
    for (const entry of withKernels) expect(arrayKernelFor(entry.tfjsBuiltin()!)).toBeDefined();
    expect(arrayKernelFor('gelu')).toBeUndefined();
    expect(arrayKernelFor('softmax')).toBeUndefined();
    expect(arrayKernelFor('no-such-activation')).toBeUndefined();
  });

  it('belong to the parameters tfjs builds in: none for ELU with α ≠ 1 or a trainable Swish', () => {
    const elu = withKernels.find((entry) => entry.id === 'elu')!;
    const swish = withKernels.find((entry) => entry.id === 'swish')!;
    expect(elu.arrayKernel!({ alpha: 2 })).toBeUndefined();
    expect(swish.arrayKernel!({ beta: 1, trainable: 1 })).toBeUndefined();
    expect(swish.arrayKernel!({ beta: 2 })).toBeUndefined();
  });
});
