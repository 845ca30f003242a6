/**
 * A small seeded pseudo-random number generator (mulberry32) with the helpers the lab needs.
 * The same seed always yields the same sequence, in the page, in a worker and in Node.
 */

const TWO_POW_32 = 4294967296;
const GOLDEN_GAMMA = 0x9e3779b9;
/** Keeps Box–Muller away from log(0). */
const SMALLEST_UNIFORM = 1 / TWO_POW_32;

export interface Rng {
  /** The seed this generator was created with (as an unsigned 32-bit integer). */
  readonly seed: number;
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Uniform in [min, max). */
  range(min: number, max: number): number;
  /** Normally distributed (Box–Muller). */
  normal(mean?: number, std?: number): number;
  /** Integer in [min, maxExclusive). */
  integer(min: number, maxExclusive: number): number;
  /** A shuffled copy (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
  /** A seed for an independent child generator; successive calls give different seeds. */
  childSeed(): number;
}

/** Turns any finite number into an unsigned 32-bit seed; rejects NaN and infinities. */
export function normaliseSeed(seed: number): number {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new Error(`Seed must be a finite number, got ${String(seed)}.`);
  }
  return Math.trunc(seed) >>> 0;
}

/** A 32-bit finaliser (murmur3 fmix32): small input changes spread over all bits. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashLabel(label: string | number): number {
  if (typeof label === 'number') return mix32(normaliseSeed(label) ^ 0x5bd1e995);
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  }
  return mix32(h);
}

/**
 * A seed for an independent stream derived from a parent seed and a label,
 * e.g. deriveSeed(seed, 'noise') or deriveSeed(seed, layerIndex). Pure: same inputs, same seed.
 */
export function deriveSeed(seed: number, ...labels: (string | number)[]): number {
  let derived = normaliseSeed(seed);
  for (const label of labels) {
    derived = mix32(derived + GOLDEN_GAMMA + hashLabel(label));
  }
  return derived;
}

/** The internal state a generator made by createRng(seed) starts from (for code that re-creates the stream elsewhere). */
export function initialRngState(seed: number): number {
  return mix32(normaliseSeed(seed) + GOLDEN_GAMMA);
}

export function createRng(seed: number): Rng {
  const initialSeed = normaliseSeed(seed);
  let state = initialRngState(initialSeed);
  let children = 0;

  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_POW_32;
  };

  const integer = (min: number, maxExclusive: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(maxExclusive) || maxExclusive <= min) {
      throw new Error(`integer(min, maxExclusive) needs integers with min < maxExclusive, got ${min}, ${maxExclusive}.`);
    }
    return min + Math.floor(uniform() * (maxExclusive - min));
  };

  return {
    seed: initialSeed,
    uniform,
    range: (min, max) => min + (max - min) * uniform(),
    normal: (mean = 0, std = 1) => {
      const u1 = Math.max(uniform(), SMALLEST_UNIFORM);
      const u2 = uniform();
      return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    integer,
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = integer(0, i + 1);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
    childSeed: () => deriveSeed(initialSeed, 'child', children++),
  };
}
