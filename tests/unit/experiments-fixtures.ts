/** Hand-made run records for the summary, export and store tests (no training needed). */
import { DEFAULT_EXPERIMENT } from '../../lab/experiments/limits.ts';
import type { RunRecord } from '../../lab/experiments/run-record.ts';

export function makeRecord(overrides: Partial<RunRecord> & { index: number }): RunRecord {
  return {
    id: `run-${overrides.index}`,
    gridId: 'grid-test',
    createdAt: `2025-01-01T00:00:${String(overrides.index).padStart(2, '0')}.000Z`,
    config: {
      ...DEFAULT_EXPERIMENT, dataset: 'iris', depth: 1, width: 8, optimizer: 'adam', learningRate: 0.03, epochs: 100, targetAccuracy: 0.9,
      activations: [{ id: 'relu', params: {} }, { id: 'leaky-relu', params: { alpha: 0.2 } }],
    },
    activation: { id: 'relu', params: {} },
    seed: 1,
    status: 'done',
    epochs: 100,
    trainLoss: 0.1,
    testLoss: 0.2,
    trainAccuracy: 0.95,
    testAccuracy: 0.9,
    timeMs: 1000,
    epochsToTarget: 40,
    history: [{ epoch: 1, loss: 1.1 }, { epoch: 50, loss: 0.3, testAccuracy: 0.85 }, { epoch: 100, loss: 0.1, testAccuracy: 0.9 }],
    engine: 'lab',
    backend: 'cpu',
    ...overrides,
  };
}

/** Two activations × three seeds, with one diverged leaky run. */
export function sampleRecords(): RunRecord[] {
  const leaky = { id: 'leaky-relu', params: { alpha: 0.2 } };
  return [
    makeRecord({ index: 0, seed: 1, testAccuracy: 0.9, trainLoss: 0.1, timeMs: 1000, epochsToTarget: 40 }),
    makeRecord({ index: 1, seed: 1, activation: leaky, testAccuracy: 0.8, trainLoss: 0.3, timeMs: 2000, epochsToTarget: null }),
    makeRecord({ index: 2, seed: 2, testAccuracy: 0.94, trainLoss: 0.2, timeMs: 3000, epochsToTarget: 60 }),
    makeRecord({
      index: 3, seed: 2, activation: leaky, status: 'diverged', message: 'Training diverged at epoch 7: the loss became NaN.',
      epochs: 7, testAccuracy: null, trainLoss: null, testLoss: null, trainAccuracy: null, timeMs: 500, epochsToTarget: null, history: [],
    }),
    makeRecord({ index: 4, seed: 3, testAccuracy: 0.98, trainLoss: 0.3, timeMs: 2000, epochsToTarget: 20 }),
    makeRecord({ index: 5, seed: 3, activation: leaky, testAccuracy: 0.9, trainLoss: 0.1, timeMs: 1500, epochsToTarget: 90 }),
  ];
}
