/**
 * Probes that read the model as it is: the decision grid (sampled in the background while training),
 * the dense weights, a learned mix's coefficients, trainable β values and a linear unit's line.
 */
import type { tf } from '../../tfjs.ts';
import type { TrainResult } from '../../types.ts';
import { denseLayers } from '../../analysis/dense-layers.ts';
import { readLine } from '../../bias/bias-arms.ts';
import { readCoefficients } from '../../learned/learned-model.ts';
import { readBetas } from '../../swish/learned-betas.ts';
import { createGridSampler } from './grid-sampler.ts';
import { predictGrid } from '../../train/grid.ts';
import type { GridPrediction } from '../../types.ts';
import type { LayerWeights, ProbeContext, ProbeRequest, ProbeSession } from './probe-types.ts';

const finished = (result: TrainResult): boolean => result.status === 'done' || result.status === 'target-reached';

type GridRequest = Extract<ProbeRequest, { id: 'decision-grid' }>;

export function decisionGridProbe(request: GridRequest, context: ProbeContext): ProbeSession {
  return gridProbe(request, () => predictGrid(context.model, request.bounds, request.resolution), context.emit);
}

/** The decision-grid probe over any predictor of the grid (a tfjs model's, or a network of lab's own). */
export function gridProbe(request: GridRequest, predict: () => Promise<GridPrediction>, emit: ProbeContext['emit']): ProbeSession {
  let lastEpoch = 0;
  let final: unknown;
  const sampler = createGridSampler(predict, request.intervalMs, (grid) => {
    final = grid;
    emit(lastEpoch, grid);
  });
  return {
    start: () => sampler.maybeSample(),
    progress: (progress) => {
      lastEpoch = progress.epoch;
      sampler.maybeSample();
    },
    end: async (result) => {
      if (!finished(result)) return undefined;
      lastEpoch = result.epoch;
      await sampler.sampleNow();
      return final;
    },
  };
}

export function readDenseWeights(model: tf.Sequential): LayerWeights[] {
  return denseLayers(model).map((layer) => {
    const [kernel, bias] = layer.getWeights();
    const [inputs = 0, units = 0] = kernel?.shape ?? [];
    return { kernel: kernel ? Array.from(kernel.dataSync()) : [], bias: bias ? Array.from(bias.dataSync()) : [], inputs, units };
  });
}

export function weightsProbe(request: Extract<ProbeRequest, { id: 'weights' }>, { model, emit }: ProbeContext): ProbeSession {
  return {
    start: () => emit(0, readDenseWeights(model)),
    ...(request.live ? { progress: (progress) => emit(progress.epoch, readDenseWeights(model), progress) } : {}),
    end: () => readDenseWeights(model),
  };
}

export function coefficientsProbe(request: Extract<ProbeRequest, { id: 'coefficients' }>, { model, emit, firstSeed }: ProbeContext): ProbeSession {
  const live = request.live === 'first-seed' && firstSeed;
  return {
    ...(live ? { progress: (progress) => emit(progress.epoch, readCoefficients(model), progress) } : {}),
    end: (result) => (finished(result) ? readCoefficients(model) : undefined),
  };
}

/** A probe that reads the finished model once. */
export function endProbe(read: (model: tf.Sequential) => unknown, { model }: ProbeContext): ProbeSession {
  return { end: (result) => (finished(result) ? read(model) : undefined) };
}

export const readers = { betas: readBetas, line: readLine };
