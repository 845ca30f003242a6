import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, normaliseSeed } from '../../lab/rng.ts';

const draw = (seed: number, count = 50): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.uniform());
};

describe('createRng', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(42)).toEqual(draw(42));
  });

  it('gives different sequences for different seeds, including neighbouring ones', () => {
    const a = draw(1);
    const b = draw(2);
    expect(a).not.toEqual(b);
    expect(a.filter((value, i) => value === b[i])).toHaveLength(0);
  });

  it('draws uniform values in [0, 1) with a mean near one half', () => {
    const values = draw(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it('draws ranges, integers and normals with the asked-for spread', () => {
    const rng = createRng(3);
    const ranges = Array.from({ length: 5000 }, () => rng.range(-2, 3));
    expect(Math.min(...ranges)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...ranges)).toBeLessThan(3);

    const integers = Array.from({ length: 5000 }, () => rng.integer(2, 6));
    expect(new Set(integers)).toEqual(new Set([2, 3, 4, 5]));

    const normals = Array.from({ length: 20_000 }, () => rng.normal(1, 2));
    const mean = normals.reduce((sum, v) => sum + v, 0) / normals.length;
    const variance = normals.reduce((sum, v) => sum + (v - mean) ** 2, 0) / normals.length;
    expect(mean).toBeCloseTo(1, 1);
    expect(Math.sqrt(variance)).toBeCloseTo(2, 1);
  });

  it('shuffles into a new array holding the same items, reproducibly', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = createRng(9).shuffle(items);
    expect(items).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(createRng(9).shuffle(items)).toEqual(shuffled);
  });

  it('rejects bad arguments with a clear message', () => {
    expect(() => createRng(Number.NaN)).toThrow(/finite number/);
    expect(() => createRng(1).integer(3, 3)).toThrow(/min < maxExclusive/);
  });
});

describe('seeds', () => {
  it('derives distinct, reproducible child seeds', () => {
    expect(deriveSeed(5, 'noise')).toBe(deriveSeed(5, 'noise'));
    expect(deriveSeed(5, 'noise')).not.toBe(deriveSeed(5, 'points'));
    expect(deriveSeed(5, 'layer', 0)).not.toBe(deriveSeed(5, 'layer', 1));
    expect(deriveSeed(5, 'layer', 0)).not.toBe(deriveSeed(6, 'layer', 0));
  });

  it('gives successive child seeds that differ and repeat per parent seed', () => {
    const first = createRng(11);
    const second = createRng(11);
    const children = [first.childSeed(), first.childSeed(), first.childSeed()];
    expect(new Set(children).size).toBe(3);
    expect([second.childSeed(), second.childSeed(), second.childSeed()]).toEqual(children);
    expect(draw(children[0]!)).not.toEqual(draw(children[1]!));
  });

  it('normalises any finite number to an unsigned 32-bit integer', () => {
    expect(normaliseSeed(-1)).toBe(4294967295);
    expect(normaliseSeed(12.9)).toBe(12);
    expect(createRng(-1).seed).toBe(4294967295);
  });
});
