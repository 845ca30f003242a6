import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { datasetHash, datasetHashBytes } from '../../lab/datasets/dataset-hash.ts';
import { makeDataset } from '../../lab/datasets/registry.ts';
import type { Dataset } from '../../lab/types.ts';

const tiny: Dataset = {
  id: 'tiny', inputSize: 2, numClasses: 2, classNames: ['no', 'yes'],
  train: { xs: [[1.5, -0.25]], ys: [1] },
  test: { xs: [[0.1, 3]], ys: [0] },
};

function float64le(values: number[]): Buffer {
  const buffer = Buffer.alloc(values.length * 8);
  values.forEach((value, i) => buffer.writeDoubleLE(value, i * 8));
  return buffer;
}

describe('datasetHash', () => {
  it('digests the documented bytes: a JSON head line, then float64 little-endian train and test values', () => {
    const expected = Buffer.concat([
      Buffer.from('["activation-lab/dataset",1,2,2,["no","yes"],1,1]\n', 'utf8'),
      float64le([1.5, -0.25, 1, 0.1, 3, 0]),
    ]);
    expect(Buffer.from(datasetHashBytes(tiny))).toEqual(expected);
  });

  it('agrees with node:crypto over those bytes', async () => {
    const dataset = makeDataset('spiral', { seed: 4, size: 200 });
    const expected = createHash('sha256').update(datasetHashBytes(dataset)).digest('hex');
    expect(await datasetHash(dataset)).toBe(`sha256:${expected}`);
  });

  it('is the same for the same generated data and differs for another seed; the id does not count', async () => {
    const a = await datasetHash(makeDataset('gauss', { seed: 1 }));
    expect(await datasetHash({ ...makeDataset('gauss', { seed: 1 }), id: 'renamed' })).toBe(a);
    expect(await datasetHash(makeDataset('gauss', { seed: 2 }))).not.toBe(a);
  });

  it('refuses a data set it cannot hash faithfully', async () => {
    await expect(datasetHash({ ...tiny, train: { xs: [[1]], ys: [0] } })).rejects.toThrow('row 0 has 1 features, expected 2');
    await expect(datasetHash({ ...tiny, test: { xs: [[Number.NaN, 1]], ys: [0] } })).rejects.toThrow('not a finite number');
    await expect(datasetHash({ ...tiny, test: { xs: [[1, 1]], ys: [] } })).rejects.toThrow('1 feature rows but 0 labels');
  });
});
