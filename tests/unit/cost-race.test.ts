/** The cost race measures every hidden activation on both engines, in short blocks, and can be stopped. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { costRaceEntries, listActivations, runCostRace } from '../../lab/index.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('cost race', () => {
  it('times every hidden activation forward and forward+backward on lab kernels and tfjs ops, ReLU as the unit', async () => {
    const before = tf.memory().numTensors;
    const progress: number[] = [];
    const result = await runCostRace({ seed: 2, blockSize: 4096, repeats: 2, onProgress: (done) => progress.push(done) });
    expect(tf.memory().numTensors).toBe(before);
    expect(result.stopped).toBe(false);
    const hidden = listActivations().filter((entry) => entry.hiddenUsable).map((entry) => entry.id);
    expect(result.rows.map((row) => row.id)).toEqual(hidden);
    expect(costRaceEntries().length).toBe(hidden.length);
    expect(progress).toEqual(Array.from({ length: hidden.length * 4 * 3 }, (_, i) => i + 1));
    for (const row of result.rows) {
      for (const engine of ['lab', 'tfjs'] as const) {
        for (const pass of ['forward', 'forwardBackward'] as const) {
          expect(row.msPerMillion[engine][pass], `${row.id} ${engine} ${pass}`).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(row.ratioToRelu[engine][pass]) || row.msPerMillion[engine][pass] === 0).toBe(true);
        }
      }
    }
    const relu = result.rows.find((row) => row.id === 'relu')!;
    expect(relu.ratioToRelu.lab.forward).toBe(1);
    expect(relu.ratioToRelu.tfjs.forwardBackward).toBe(1);
    expect(result.backend).toBe('cpu');
  });

  it('stops between blocks when the signal aborts, with no rows and no tensors left', async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const result = await runCostRace({
      seed: 1, blockSize: 1024, repeats: 3, signal: controller.signal,
      onProgress: (done) => { if (done === 5) controller.abort(); },
    });
    expect(result.stopped).toBe(true);
    expect(result.rows).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("finds Swish dearer than ReLU in lab's kernels, forward and forward + backward, as chapter 4 says", async () => {
    const { rows } = await runCostRace({ seed: 3, blockSize: 1 << 15, repeats: 5 });
    const swish = rows.find((row) => row.id === 'swish')!;
    for (const pass of ['forward', 'forwardBackward'] as const) expect(swish.ratioToRelu.lab[pass], pass).toBeGreaterThan(1);
  }, 60_000);
});
