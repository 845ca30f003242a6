import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../components/notebook/render/format-number';
import { formatTensor, formatTensorValues } from '../../components/notebook/render/format-tensor';

const range = (n: number, scale = 1) => Float32Array.from({ length: n }, (_, i) => i * scale);

describe('formatTensor', () => {
  it('shows dtype, shape and a scalar value', () => {
    expect(formatTensor({ dtype: 'float32', shape: [], values: [0.25] })).toBe('Tensor float32 shape []\n0.25');
  });

  it('pads values of a matrix to one width, one row per line', () => {
    expect(formatTensorValues({ dtype: 'float32', shape: [2, 3], values: [1, -2.5, 3, 40, 5, 6] })).toBe(
      '[[   1, -2.5,    3],\n [  40,    5,    6]]',
    );
  });

  it('separates the blocks of a rank-3 tensor with a blank line', () => {
    expect(formatTensorValues({ dtype: 'int32', shape: [2, 1, 2], values: [1, 2, 3, 4] })).toBe('[[[1, 2]],\n\n [[3, 4]]]');
  });

  it('abbreviates a long vector to its first and last three values', () => {
    expect(formatTensorValues({ dtype: 'float32', shape: [1000], values: range(1000) })).toBe('[  0,   1,   2, ..., 997, 998, 999]');
  });

  it('abbreviates every long axis of a large matrix', () => {
    const text = formatTensorValues({ dtype: 'float32', shape: [50, 50], values: range(2500) });
    expect(text.split('\n')).toEqual([
      '[[   0,    1,    2, ...,   47,   48,   49],',
      ' [  50,   51,   52, ...,   97,   98,   99],',
      ' [ 100,  101,  102, ...,  147,  148,  149],',
      ' ...,',
      ' [2350, 2351, 2352, ..., 2397, 2398, 2399],',
      ' [2400, 2401, 2402, ..., 2447, 2448, 2449],',
      ' [2450, 2451, 2452, ..., 2497, 2498, 2499]]',
    ]);
  });

  it('keeps small tensors whole', () => {
    expect(formatTensorValues({ dtype: 'float32', shape: [10], values: range(10) })).toBe('[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]');
  });

  it('formats bool and string tensors', () => {
    expect(formatTensorValues({ dtype: 'bool', shape: [2], values: [1, 0] })).toBe('[ true, false]');
    expect(formatTensorValues({ dtype: 'string', shape: [2], values: ['a', 'bc'] })).toBe('[ "a", "bc"]');
  });

  it('shows an empty tensor as []', () => {
    expect(formatTensorValues({ dtype: 'float32', shape: [0, 3], values: [] })).toBe('[]');
  });
});

describe('formatNumber', () => {
  it.each([
    [3, '3'],
    [0.1 + 0.2, '0.3'],
    [-1.23456789, '-1.2346'],
    [1e-7, '1.000e-7'],
    [2.5e9, '2500000000'],
    [2.5e9 + 0.5, '2.500e+9'],
    [Number.NaN, 'NaN'],
    [-Infinity, '-Infinity'],
  ])('%s → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});
