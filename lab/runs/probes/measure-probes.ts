/**
 * Probes that measure the model on its whole training batch at the start and every few epochs: dead
 * hidden units, and the gradient norm of every hidden layer. The batch tensors live as long as the run.
 */
import { tf } from '../../tfjs.ts';
import type { TrainProgress } from '../../types.ts';
import { readHead } from '../../train/head.ts';
import { disposeSplitTensors, splitToTensors } from '../../train/tensors.ts';
import { countDeadUnits } from '../../analysis/dead-units.ts';
import { layerGradientNormsTensor } from '../../analysis/gradient-norms.ts';
import { collapseAndCheckInSlices } from '../../analysis/collapse-check.ts';
import type { ProbeContext, ProbeSession } from './probe-types.ts';

type Measure = (model: tf.Sequential, xs: tf.Tensor2D, targets: tf.Tensor2D) => unknown;

const measures: Readonly<Record<'dead-units' | 'gradient-norms', Measure>> = {
  'dead-units': (model, xs) => countDeadUnits(model, xs),
  'gradient-norms': (model, xs, targets) => {
    const norms = layerGradientNormsTensor(model, xs, targets);
    const values = Array.from(norms.dataSync());
    norms.dispose();
    return values;
  },
};

/** Measures at epoch 0 and at every report whose epoch is a multiple of `every` (or the last). */
export function everyFewEpochsProbe(id: keyof typeof measures, every: number, { model, dataset, emit }: ProbeContext): ProbeSession {
  if (!Number.isInteger(every) || every < 1) throw new Error(`Probe ${id}: every must be a positive whole number of epochs, got ${String(every)}.`);
  const batch = splitToTensors(dataset.train, readHead(model));
  let lastEpoch = -1;
  const measure = (epoch: number, progress?: TrainProgress): void => {
    lastEpoch = epoch;
    emit(epoch, measures[id](model, batch.xs, batch.targets), progress);
  };
  return {
    start: () => measure(0),
    progress: (progress) => {
      const due = progress.epoch % every === 0 || progress.epoch === progress.totalEpochs;
      if (due && progress.epoch !== lastEpoch) measure(progress.epoch, progress);
    },
    dispose: () => disposeSplitTensors(batch),
  };
}

/** Multiplies a finished linear network out into one layer and checks it, a chunk of points per task. */
export function collapseCheckProbe({ model, dataset }: ProbeContext): ProbeSession {
  return {
    end: (result) => (result.status === 'done' || result.status === 'target-reached' ? collapseAndCheckInSlices(model, dataset) : undefined),
  };
}
