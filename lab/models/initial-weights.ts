/**
 * The initial kernels of seeded-dense.ts without TensorFlow.js: the same numbers tfjs-layers'
 * glorotUniform, heNormal and leCunNormal give for the same shape and seed, bit for bit, so a network
 * can start on lab's array engine exactly where its tfjs twin would (tests/unit/models-initial-weights.test.ts).
 * tfjs draws from seedrandom's alea generator seeded with the seed's decimal string: a uniform
 * limit · (2u − 1) for Glorot's √(6 / (fanIn + fanOut)), and for the normal ones Marsaglia's polar
 * method, keeping a pair's second value for the next draw and redrawing anything beyond two standard
 * deviations; every value is stored as float32.
 */
import seedrandom from 'seedrandom';
import type { InitializerId } from '../types.ts';

type Draw = () => number;

function aleaOf(seed: number): Draw {
  // tfjs falls back to Math.random() for a seed of 0; lab never hands it one (deriveSeed), and here 0 stays seeded.
  return seedrandom.alea(String(seed));
}

function uniformValues(count: number, limit: number, seed: number): Float32Array {
  const random = aleaOf(seed);
  const range = 2 * limit;
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) values[i] = -limit + range * random();
  return values;
}

/** Normal values with mean 0 and this standard deviation, redrawn when beyond 2σ (tfjs's truncatedNormal). */
function truncatedNormalValues(count: number, stdDev: number, seed: number): Float32Array {
  const random = aleaOf(seed);
  const upper = 2 * stdDev;
  const inRange = (value: number): boolean => value <= upper && value >= -upper;
  const values = new Float32Array(count);
  let kept = NaN;
  for (let i = 0; i < count; i++) {
    if (!Number.isNaN(kept)) {
      values[i] = kept;
      kept = NaN;
      continue;
    }
    let x = 0;
    let y = 0;
    do {
      let v1: number;
      let v2: number;
      let s: number;
      do {
        v1 = 2 * random() - 1;
        v2 = 2 * random() - 1;
        s = v1 * v1 + v2 * v2;
      } while (s >= 1 || s === 0);
      const scale = Math.sqrt((-2.0 * Math.log(s)) / s);
      // 0 + …, as tfjs adds the mean: a −0 becomes +0.
      x = 0 + stdDev * v1 * scale;
      y = 0 + stdDev * v2 * scale;
    } while (!inRange(x));
    if (inRange(y)) kept = y;
    values[i] = x;
  }
  return values;
}

/** A dense kernel's [inputs × units] values, row-major like tfjs, as tfjs-layers' initializer `id` draws them. */
export function initialKernel(id: InitializerId, inputs: number, units: number, seed: number): Float32Array {
  const count = inputs * units;
  switch (id) {
    // The scales are computed in tfjs's order of operations, so that they round the same way.
    case 'glorot': return uniformValues(count, Math.sqrt(3 * (1.0 / Math.max(1, (inputs + units) / 2))), seed);
    case 'he': return truncatedNormalValues(count, Math.sqrt(2.0 / Math.max(1, inputs)), seed);
    case 'lecun': return truncatedNormalValues(count, Math.sqrt(1.0 / Math.max(1, inputs)), seed);
  }
}
