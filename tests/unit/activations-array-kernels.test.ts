/**
 * The array engine's kernels live in the catalog entries: each one computes the entry's own function
 * and derivative (to float32 precision, in the form tfjs uses), and the engine finds them by the name
 * a tfjs Dense layer reports.
 */
import { describe, expect, it } from 'vitest';
import { getActivation, listActivations } from '../../lab/activations/index.ts';
import { arrayKernelFor, builtinChoice } from '../../lab/activations/array-kernels.ts';
import { logistic } from '../../lab/activations/scalar-math.ts';

const SAMPLES = [-7.5, -3, -1.2, -0.4, 0.3, 0.9, 2.2, 5, 7.9];
/** Inputs and outputs are float32. */
const RELATIVE = 1e-6;

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= RELATIVE * Math.max(1, Math.abs(expected));
}

const withKernels = listActivations().filter((entry) => entry.kind === 'scalar' && entry.arrayKernel?.() !== undefined);

describe('array kernels', () => {
  it('exist for every hidden activation of the catalog, and for no vector function', () => {
    const hidden = listActivations().filter((entry) => entry.hiddenUsable).map((entry) => entry.id);
    expect(withKernels.map((entry) => entry.id).sort()).toEqual([...hidden].sort());
    expect(withKernels.every((entry) => entry.kind === 'scalar')).toBe(true);
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

  it('are found by the tfjs activation name, at the parameters that name means', () => {
    for (const entry of withKernels) {
      const name = entry.tfjsBuiltin();
      if (name !== undefined) expect(arrayKernelFor(name), name).toBeDefined();
    }
    expect(builtinChoice('hardSigmoid')).toMatchObject({ entry: { id: 'hard-sigmoid' }, params: { form: 1 } });
    expect(builtinChoice('gelu_new')?.entry.id).toBe('gelu-tanh');
    expect(arrayKernelFor('softmax')).toBeUndefined();
    expect(arrayKernelFor('no-such-activation')).toBeUndefined();
  });

  it.each([
    ['leaky-relu', { alpha: 0.3 }],
    ['prelu', { alpha: 0.1 }],
    ['elu', { alpha: 2 }],
    ['softplus', { beta: 3 }],
    ['linear', { c: 0.5 }],
    ['hard-sigmoid', { form: 0 }],
    ['swish', { beta: 1.7 }],
  ] as const)('%s with %o: apply and backprop follow value() and derivative() at those parameters', (id, params) => {
    const entry = getActivation(id);
    if (entry.kind !== 'scalar') throw new Error('scalar entries only');
    const kernel = entry.arrayKernel!(params)!;
    const z = Float32Array.from(SAMPLES);
    const a = new Float32Array(z.length);
    const slopes = new Float32Array(z.length).fill(1);
    kernel.apply(z, a, z.length);
    kernel.backprop(z, a, slopes, z.length);
    z.forEach((x, i) => {
      expect(close(a[i]!, entry.value(x, params)), `${id} f(${x}) = ${a[i]}`).toBe(true);
      expect(close(slopes[i]!, entry.derivative(x, params)), `${id} f'(${x}) = ${slopes[i]}`).toBe(true);
    });
  });

  it('the weighted kernels (PReLU, trained β) give the weight gradient Σ g·∂f/∂w', () => {
    const units = 3;
    const z = Float32Array.from([-2, 0.5, -0.25, 1.5, -1, 3]);
    const cases: { id: string; params: Record<string, number>; w: Float32Array; df: (x: number, w: number) => number }[] = [
      { id: 'prelu', params: {}, w: Float32Array.from([0.1, 0.2, 0.3]), df: (x) => (x > 0 ? 0 : x) },
      { id: 'swish', params: { trainable: 1, perUnit: 1 }, w: Float32Array.from([0.5, 1, 2]), df: (x, w) => x * x * logistic(w * x) * (1 - logistic(w * x)) },
    ];
    for (const { id, params, w, df } of cases) {
      const kernel = getActivation(id).weightedKernel!(units, params)!;
      const a = new Float32Array(z.length);
      const g = new Float32Array(z.length).fill(1);
      const dw = new Float32Array(units);
      kernel.apply(z, a, 2, w);
      kernel.backprop(z, a, g, 2, w, dw);
      for (let j = 0; j < units; j++) {
        const expected = df(z[j]!, w[j]!) + df(z[j + units]!, w[j]!);
        expect(dw[j], `${id} dw[${j}]`).toBeCloseTo(expected, 5);
      }
    }
  });
});
