/**
 * train(model, dataset, options): the custom training loop.
 * Epochs run in time-budgeted slices; before the first and between slices the loop yields a
 * macrotask so a page stays responsive. An epoch of mini-batches may end a slice part-way, when one
 * more step would overrun the budget (slice-clock.ts), and go on in the next; Stop then takes effect
 * between two mini-batches. The engine (lab's array engine for plain MLPs, tfjs otherwise:
 * choose-engine.ts) keeps epoch losses until a slice ends or metrics are due, then hands them over
 * in one batch. Each history entry holds the loss of that epoch's training step(s); the metrics on
 * evaluation epochs are measured after that epoch's update. The model's weights are brought up to date before every
 * progress report, every yield and the return, so callers may read the model at any of those points.
 */
import type { tf } from '../tfjs.ts';
import type { Dataset, EpochMetrics, TrainOptions, TrainResult, TrainStatus } from '../types.ts';
import { readHead } from './head.ts';
import { resolveTrainOptions, type ResolvedTarget, type ResolvedTrainOptions } from './options.ts';
import { checkDatasetFitsModel } from './tensors.ts';
import { createEngine } from './choose-engine.ts';
import { createNetworkEngine } from './array-engine/array-engine.ts';
import type { SpecNetwork } from './array-engine/spec-network.ts';
import type { TrainingEngine } from './engine.ts';
import { yieldToEventLoop } from './yield.ts';
import { createSliceClock } from './slice-clock.ts';

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

export async function train(model: tf.Sequential, dataset: Dataset, options: TrainOptions): Promise<TrainResult> {
  const head = readHead(model);
  checkDatasetFitsModel(dataset, head);
  const settings = resolveTrainOptions(options, dataset);
  const engine = createEngine(model, head, dataset, settings);
  try {
    return await runSlices(engine, settings, options);
  } finally {
    engine.syncModel();
    engine.dispose();
  }
}

/**
 * Trains a network of lab's own (array-engine/spec-network.ts: built from a config, no tfjs model) on
 * the array engine, in place; the same loop, slices and reports as train().
 */
export async function trainNetwork({ shape, network }: SpecNetwork, dataset: Dataset, options: TrainOptions): Promise<TrainResult> {
  const last = shape.layers[shape.layers.length - 1]!;
  checkDatasetFitsModel(dataset, { inputSize: shape.inputSize, outputSize: last.units, output: shape.output });
  const settings = resolveTrainOptions(options, dataset);
  if (settings.engine === 'tfjs') throw new Error('Training: a network of lab\'s own trains on the lab engine; build a tfjs model for engine "tfjs".');
  const engine = createNetworkEngine(shape, network, dataset, settings);
  try {
    return await runSlices(engine, settings, options);
  } finally {
    engine.dispose();
  }
}

async function runSlices(engine: TrainingEngine, settings: ResolvedTrainOptions, options: TrainOptions): Promise<TrainResult> {
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
      samplesPerSecond: elapsedMs > 0 ? (epochsTrained * engine.trainSize * 1000) / elapsedMs : 0,
      ...(message ? { message } : {}),
      engine: engine.name,
    };
  };
  const diverged = ({ epoch: at, loss }: Divergence): TrainResult =>
    result('diverged', { epoch: at, loss },
      `Training diverged at epoch ${at}: the loss became ${loss}. The learning rate (${settings.learningRate}) is probably too high; try a smaller one.`);
  const report = (metrics: EpochMetrics): void => {
    lastReported = metrics.epoch;
    if (!options.onProgress) return;
    engine.syncModel();
    options.onProgress({ ...metrics, totalEpochs: settings.epochs, elapsedMs: now() - startedAt });
  };

  /** Moves every pending epoch loss into the history; returns the first non-finite one, if any. */
  const flushLosses = async (): Promise<Divergence | undefined> => {
    for (const { epoch: at, loss } of await engine.takeLosses()) {
      if (!Number.isFinite(loss)) return { epoch: at, loss };
      history.push({ epoch: at, loss });
    }
    return undefined;
  };

  /** Adds metrics to the latest history entry (or a fresh one when no epoch has run). */
  const measureLatest = async (): Promise<{ metrics: EpochMetrics; finite: boolean }> => {
    const { trainLoss, ...measured } = await engine.measure();
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

  // The caller's set-up (building the model, first drawing) ran in this task; training starts in the next.
  await yieldToEventLoop();
  const clock = createSliceClock(settings.sliceBudgetMs, now);
  for (;;) {
    clock.begin();
    for (;;) {
      if (epoch >= settings.epochs) break;
      if (options.signal?.aborted) return stop();
      clock.mark();
      if (!engine.runEpoch(epoch + 1, clock.stepDone)) break;
      epoch += 1;
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
      if (clock.spent() >= settings.sliceBudgetMs) break;
    }
    const divergence = await flushLosses();
    if (divergence) return diverged(divergence);
    const latest = history[history.length - 1];
    if (latest && lastReported < latest.epoch) report(latest);
    if (epoch >= settings.epochs) return result('done', latest!);
    engine.syncModel();
    await yieldToEventLoop();
  }
}
