/** The tfjs engine: every step through tfjs ops and optimizer.minimize; trains any Sequential. */
import { tf } from '../tfjs.ts';
import type { Dataset } from '../types.ts';
import { createRng, deriveSeed } from '../rng.ts';
import type { ModelHead } from './head.ts';
import { disposeOptimizer, makeOptimizer } from './optimizers.ts';
import type { ResolvedTrainOptions } from './options.ts';
import { disposeSplitTensors, splitToTensors, type SplitTensors } from './tensors.ts';
import { metricsTensor } from './evaluate.ts';
import { startEpoch, type EpochContext, type EpochRun } from './epoch.ts';
import { toMeasuredMetrics, type TrainingEngine } from './engine.ts';

interface PendingLoss {
  epoch: number;
  loss: tf.Scalar;
}

export function createTfjsEngine(model: tf.Sequential, head: ModelHead, dataset: Dataset, settings: ResolvedTrainOptions): TrainingEngine {
  const trainTensors = splitToTensors(dataset.train, head);
  const testTensors: SplitTensors | undefined = dataset.test.xs.length > 0 ? splitToTensors(dataset.test, head) : undefined;
  const optimizer = makeOptimizer(settings.optimizer, settings.learningRate);
  const pending: PendingLoss[] = [];
  let paused: EpochRun | undefined;
  const context: EpochContext = {
    head,
    optimizer,
    variables: model.trainableWeights.map((weight) => weight.read() as tf.Variable),
    train: trainTensors,
    rng: createRng(deriveSeed(settings.seed, 'batches')),
    ...(settings.batchSize !== undefined ? { batchSize: settings.batchSize } : {}),
  };

  return {
    name: 'tfjs',
    trainSize: trainTensors.size,
    runEpoch(epoch, pause = () => false) {
      const run = paused ?? startEpoch(context);
      const loss = run.advance(pause);
      paused = loss ? undefined : run;
      if (loss) pending.push({ epoch, loss });
      return loss !== undefined;
    },
    async takeLosses() {
      if (pending.length === 0) return [];
      const entries = pending.splice(0);
      const stacked = tf.tidy(() => tf.stack(entries.map((entry) => entry.loss)));
      tf.dispose(entries.map((entry) => entry.loss));
      const values = await stacked.data();
      stacked.dispose();
      return entries.map(({ epoch }, i) => ({ epoch, loss: values[i] ?? NaN }));
    },
    async measure() {
      const trainMetrics = metricsTensor(head, trainTensors);
      const testMetrics = testTensors ? metricsTensor(head, testTensors) : undefined;
      try {
        const [train, test] = await Promise.all([trainMetrics.data(), testMetrics?.data()]);
        return toMeasuredMetrics(head.output, train, test);
      } finally {
        tf.dispose([trainMetrics, ...(testMetrics ? [testMetrics] : [])]);
      }
    },
    syncModel() {},
    dispose() {
      paused?.dispose();
      tf.dispose(pending.splice(0).map((entry) => entry.loss));
      disposeOptimizer(optimizer);
      disposeSplitTensors(trainTensors);
      disposeSplitTensors(testTensors);
    },
  };
}
