/**
 * Outputs of a plain MLP for many points at once, on the array engine: what predictGrid needs for a
 * live decision map, without one tfjs op per layer. Probabilities for sigmoid (the probability of
 * class 1) and softmax (the winning class and its probability), values for linear outputs.
 */
import { tfjsSigmoid as sigmoid } from '../../activations/scalar-math.ts';
import { networkFromPlan } from './array-engine.ts';
import { MlpNetwork } from './network.ts';
import type { MlpPlan, MlpShape } from './plan.ts';

export interface MlpPrediction {
  values: Float32Array;
  classes?: Int32Array;
}

/** `points` holds rows of plan.inputSize raw (unscaled) inputs. */
export function predictWithMlp(plan: MlpPlan, points: Float32Array): MlpPrediction {
  return predictOnNetwork(networkFromPlan(plan), plan, points);
}

/**
 * The same for a network of lab's own while it may be training: a copy of its current parameters
 * predicts, so the training network's scratch space is left alone.
 */
export function predictWithNetwork(source: MlpNetwork, shape: MlpShape, points: Float32Array): MlpPrediction {
  const copy = new MlpNetwork(shape.layers);
  copy.params.set(source.params);
  return predictOnNetwork(copy, shape, points);
}

function predictOnNetwork(network: MlpNetwork, plan: MlpShape, points: Float32Array): MlpPrediction {
  const rows = points.length / plan.inputSize;
  const scaled = new Float32Array(points.length);
  for (let i = 0; i < points.length; i++) scaled[i] = Math.fround(Math.fround(points[i]! * plan.scale) + plan.offset);
  const outputs = network.forward(scaled, rows);
  const width = network.outputWidth;
  const values = new Float32Array(rows);
  if (plan.output !== 'softmax') {
    for (let r = 0; r < rows; r++) values[r] = plan.output === 'sigmoid' ? sigmoid(outputs[r * width]!) : outputs[r * width]!;
    return { values };
  }
  const classes = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const offset = r * width;
    let best = 0;
    for (let j = 1; j < width; j++) if (outputs[offset + j]! > outputs[offset + best]!) best = j;
    let sum = 0;
    for (let j = 0; j < width; j++) sum += Math.exp(outputs[offset + j]! - outputs[offset + best]!);
    classes[r] = best;
    values[r] = 1 / sum;
  }
  return { values, classes };
}
