/**
 * train(model, dataset, options): the custom training loop.
 * Epochs run in time-budgeted slices; between slices the loop yields a macrotask so a page stays
 * responsive. Epoch losses stay on the backend until a slice ends or metrics are due, then are read
 * in one batch. Each history entry holds the loss of that epoch's training step(s); the metrics on
 * evaluation epochs are measured after that epoch's update.
 */
import { tf } from '../tfjs.ts';
import type { Dataset, EpochMetrics, TrainOptions, TrainResult, TrainStatus } from '../types.ts';
import { createRng, deriveSeed } from '../rng.ts';
import { readHead, type ModelHead } from './head.ts';
import { disposeOptimizer, makeOptimizer } from './optimizers.ts';
import { resolveTrainOptions, type ResolvedTarget, type ResolvedTrainOptions } from './options.ts';
import { checkDatasetFitsModel, disposeSplitTensors, splitToTensors, type SplitTensors } from './tensors.ts';
import { metricsTensor } from './evaluate.ts';
import { trainEpoch, type EpochContext } from './epoch.ts';
import { yieldToEventLoop } from './yield.ts';

interface PendingLoss {
  epoch: number;
  loss: tf.Scalar;
}

interface Divergence {
  epoch: number;
  loss: number;
}

const now = (): number => performance.now();

function reachedTarget(target: ResolvedTarget | undefined, metrics: EpochMetrics): boolean {
  const value = target ? metrics[target.metric] : undefined;
  if (target === undefined || value === undefined) return false;
  return target.direction === 'above' ? value >= target.value : value <= target.value;
}

function allFinite(metrics: EpochMetrics): boolean {
  return [metrics.loss, metrics.testLoss].every((value) => value === undefined || Number.isFinite(value));
}

async function measure(head: ModelHead, train: SplitTensors, test: SplitTensors | undefined): Promise<Omit<EpochMetrics, 'epoch' | 'loss'> & { trainLoss: number }> {
  const trainMetrics = metricsTensor(head, train);
  const testMetrics = test ? metricsTensor(head, test) : undefined;
  try {
    const [[trainLoss = NaN, trainAccuracy = NaN], testValues] = await Promise.all([trainMetrics.data(), testMetrics?.data()]);
    return {
      trainLoss,
      ...(Number.isNaN(trainAccuracy) || head.output === 'linear' ? {} : { trainAccuracy }),
      ...(testValues ? { testLoss: testValues[0] ?? NaN } : {}),
      ...(testValues && head.output !== 'linear' ? { testAccuracy: testValues[1] ?? NaN } : {}),
    };
  } finally {
    tf.dispose([trainMetrics, ...(testMetrics ? [testMetrics] : [])]);
  }
}

export async function train(model: tf.Sequential, dataset: Dataset, options: TrainOptions): Promise<TrainResult> {
  const head = readHead(model);
  checkDatasetFitsModel(dataset, head);
  const settings = resolveTrainOptions(options, dataset);
  const trainTensors = splitToTensors(dataset.train, head);
  const testTensors = dataset.test.xs.length > 0 ? splitToTensors(dataset.test, head) : undefined;
  const optimizer = makeOptimizer(settings.optimizer, settings.learningRate);
  const pending: PendingLoss[] = [];
  try {
    const context: EpochContext = {
      head,
      optimizer,
      variables: model.trainableWeights.map((weight) => weight.read() as tf.Variable),
      train: trainTensors,
      rng: createRng(deriveSeed(settings.seed, 'batches')),
      ...(settings.batchSize !== undefined ? { batchSize: settings.batchSize } : {}),
    };
    return await runSlices({ context, settings, options, testTensors, pending });
  } finally {
    tf.dispose(pending.map((entry) => entry.loss));
    disposeOptimizer(optimizer);
    disposeSplitTensors(trainTensors);
    disposeSplitTensors(testTensors);
  }
}

interface LoopInput {
  context: EpochContext;
  settings: ResolvedTrainOptions;
  options: TrainOptions;
  testTensors: SplitTensors | undefined;
  pending: PendingLoss[];
}

async function runSlices({ context, settings, options, testTensors, pending }: LoopInput): Promise<TrainResult> {
  const { head, train: trainTensors } = context;
  const startedAt = now();
  const history: EpochMetrics[] = [];
  let epoch = 0;
  let lastReported = 0;

  const result = (status: TrainStatus, final: EpochMetrics, message?: string): TrainResult => {
    const elapsedMs = now() - startedAt;
    const epochsTrained = status === 'diverged' ? final.epoch : epoch;
    return {
      status,
      epoch: final.epoch,
      history,
      final,
      elapsedMs,
      samplesPerSecond: elapsedMs > 0 ? (epochsTrained * trainTensors.size * 1000) / elapsedMs : 0,
      ...(message ? { message } : {}),
    };
  };
  const diverged = ({ epoch: at, loss }: Divergence): TrainResult =>
    result('diverged', { epoch: at, loss },
      `Training diverged at epoch ${at}: the loss became ${loss}. The learning rate (${settings.learningRate}) is probably too high; try a smaller one.`);
  const report = (metrics: EpochMetrics): void => {
    lastReported = metrics.epoch;
    options.onProgress?.({ ...metrics, totalEpochs: settings.epochs, elapsedMs: now() - startedAt });
  };

  /** Reads every pending epoch loss in one go; returns the first non-finite one, if any. */
  const flushLosses = async (): Promise<Divergence | undefined> => {
    if (pending.length === 0) return undefined;
    const entries = pending.splice(0);
    const stacked = tf.tidy(() => tf.stack(entries.map((entry) => entry.loss)));
    tf.dispose(entries.map((entry) => entry.loss));
    const values = await stacked.data();
    stacked.dispose();
    for (const [i, { epoch: at }] of entries.entries()) {
      const loss = values[i] ?? NaN;
      if (!Number.isFinite(loss)) return { epoch: at, loss };
      history.push({ epoch: at, loss });
    }
    return undefined;
  };

  /** Adds metrics to the latest history entry (or a fresh one when no epoch has run). */
  const measureLatest = async (): Promise<{ metrics: EpochMetrics; finite: boolean }> => {
    const { trainLoss, ...measured } = await measure(head, trainTensors, testTensors);
    const latest = history[history.length - 1];
    const metrics: EpochMetrics = { ...(latest ?? { epoch: 0, loss: trainLoss }), ...measured };
    if (latest) history[history.length - 1] = metrics;
    return { metrics, finite: Number.isFinite(trainLoss) && allFinite(metrics) };
  };

  const stop = async (): Promise<TrainResult> => {
    const divergence = await flushLosses();
    if (divergence) return diverged(divergence);
    const { metrics } = await measureLatest();
    return result('stopped', metrics, `Stopped at epoch ${epoch} of ${settings.epochs}.`);
  };

  for (;;) {
    const sliceStart = now();
    for (;;) {
      if (epoch >= settings.epochs) break;
      if (options.signal?.aborted) return stop();
      epoch += 1;
      pending.push({ epoch, loss: trainEpoch(context) });
      if (epoch % settings.evaluateEvery === 0 || epoch === settings.epochs) {
        const divergence = await flushLosses();
        if (divergence) return diverged(divergence);
        const { metrics, finite } = await measureLatest();
        if (!finite) return diverged({ epoch, loss: NaN });
        report(metrics);
        if (reachedTarget(settings.target, metrics)) {
          const { metric, value } = settings.target!;
          return result('target-reached', metrics, `Reached ${metric} ${metrics[metric]} (target ${value}) at epoch ${epoch}.`);
        }
      }
      if (now() - sliceStart >= settings.sliceBudgetMs) break;
    }
    const divergence = await flushLosses();
    if (divergence) return diverged(divergence);
    const latest = history[history.length - 1];
    if (latest && lastReported < latest.epoch) report(latest);
    if (epoch >= settings.epochs) return result('done', latest!);
    await yieldToEventLoop();
  }
}
