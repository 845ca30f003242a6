/**
 * Probes that read a finished model once, for taking it away: its saved form (topology and weights,
 * the makings of model.json) and its output on given inputs (to check a reloaded copy against).
 */
import { tf } from '../../tfjs.ts';
import type { TrainResult } from '../../types.ts';
import { saveModel } from '../../models/saved-model.ts';
import type { ProbeContext, ProbeRequest, ProbeSession } from './probe-types.ts';

const finished = (result: TrainResult): boolean => result.status === 'done' || result.status === 'target-reached';

export function savedModelProbe({ model }: ProbeContext): ProbeSession {
  return { end: (result) => (finished(result) ? saveModel(model) : undefined) };
}

export function predictionsProbe(request: Extract<ProbeRequest, { id: 'predictions' }>, { model }: ProbeContext): ProbeSession {
  const { inputs } = request;
  if (!Array.isArray(inputs) || inputs.some((row) => !Array.isArray(row))) throw new Error('Probe predictions: inputs must be rows of numbers.');
  return {
    end: (result) => {
      if (!finished(result) || inputs.length === 0) return finished(result) ? [] : undefined;
      return tf.tidy(() => (model.predict(tf.tensor2d(inputs as number[][])) as tf.Tensor2D).arraySync());
    },
  };
}
