import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initialKernel } from '../../lab/models/initial-weights.ts';
import { KERNEL_INITIALIZERS } from '../../lab/models/seeded-dense.ts';
import { INITIALIZER_IDS } from '../../lab/models/config.ts';
import { deriveSeed } from '../../lab/rng.ts';

/** tfjs-layers' own initial kernel for this shape and seed, as float32 bits. */
function tfjsKernelBits(id: (typeof INITIALIZER_IDS)[number], inputs: number, units: number, seed: number): Uint32Array {
  const values = tf.tidy(() => KERNEL_INITIALIZERS[id](seed).apply([inputs, units], 'float32').dataSync() as Float32Array);
  return new Uint32Array(Float32Array.from(values).buffer);
}

const bits = (values: Float32Array): Uint32Array => new Uint32Array(values.buffer);

const SHAPES: [number, number][] = [[1, 1], [2, 8], [8, 8], [2, 3], [3, 64], [64, 32], [784, 16], [16, 10], [1024, 3]];

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('initialKernel', () => {
  for (const id of INITIALIZER_IDS) {
    it(`equals tfjs's ${id} initializer bit for bit over many shapes and seeds`, () => {
      let compared = 0;
      for (const [inputs, units] of SHAPES) {
        for (let k = 0; k < 12; k++) {
          const seed = deriveSeed(1000 + k * 7919, 'layer', k % 3);
          const ours = initialKernel(id, inputs, units, seed);
          expect(ours).toHaveLength(inputs * units);
          expect(bits(ours)).toEqual(tfjsKernelBits(id, inputs, units, seed));
          compared += ours.length;
        }
      }
      expect(compared).toBeGreaterThan(100_000);
    });
  }

  it('keeps the normal initializers within two standard deviations and glorot within its limit', () => {
    const he = initialKernel('he', 50, 40, 99);
    const sigma = Math.sqrt(2 / 50);
    expect(Math.max(...he.map(Math.abs))).toBeLessThanOrEqual(Math.fround(2 * sigma));
    const glorot = initialKernel('glorot', 50, 40, 99);
    expect(Math.max(...glorot.map(Math.abs))).toBeLessThanOrEqual(Math.fround(Math.sqrt(6 / 90)));
  });

  it('gives different kernels for different seeds and the same for the same seed', () => {
    expect(bits(initialKernel('lecun', 4, 4, 5))).toEqual(bits(initialKernel('lecun', 4, 4, 5)));
    expect(bits(initialKernel('lecun', 4, 4, 5))).not.toEqual(bits(initialKernel('lecun', 4, 4, 6)));
  });
});
