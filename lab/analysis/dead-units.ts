/**
 * Dead units: hidden units whose output is exactly zero for every input of a batch. For ReLU that
 * means the pre-activation is ≤ 0 everywhere, so the unit's derivative, and every gradient through it,
 * is zero on the whole batch. Units that are merely never positive (output ≤ 0 everywhere) are counted
 * as well: for ReLU they are the same units, for leaky ReLU they still pass a gradient α back.
 */
import { tf } from '../tfjs.ts';
import { hiddenDenseLayers } from './dense-layers.ts';
import { hiddenActivations } from './hidden-activations.ts';

export interface LayerDeadUnits {
  units: number;
  /** Units whose output is exactly 0 for every input. */
  dead: number;
  /** Units whose output is ≤ 0 for every input (for ReLU, the same as dead). */
  neverPositive: number;
}

export interface DeadUnitReport {
  layers: LayerDeadUnits[];
  /** Dead units over all hidden units. */
  deadFraction: number;
}

/** Per hidden layer, for the inputs xs ([n, inputSize], n ≥ 1). Disposes everything it creates. */
export function countDeadUnits(model: tf.Sequential, xs: tf.Tensor2D): DeadUnitReport {
  if (xs.rank !== 2 || xs.shape[0] < 1) throw new Error(`Dead-unit counting needs a non-empty [n, inputs] batch, got shape ${JSON.stringify(xs.shape)}.`);
  hiddenDenseLayers(model);
  const counts = tf.tidy(() =>
    tf.stack(hiddenActivations(model, xs).map((activation) => {
      const everywhereZero = tf.equal(tf.max(tf.abs(activation), 0), 0);
      const neverPositive = tf.lessEqual(tf.max(activation, 0), 0);
      const units = activation.shape[activation.shape.length - 1]!;
      return tf.stack([tf.scalar(units), tf.sum(tf.cast(everywhereZero, 'float32')), tf.sum(tf.cast(neverPositive, 'float32'))]);
    })),
  );
  const values = counts.dataSync();
  counts.dispose();
  const layers: LayerDeadUnits[] = [];
  for (let i = 0; i < values.length; i += 3) {
    layers.push({ units: values[i]!, dead: values[i + 1]!, neverPositive: values[i + 2]! });
  }
  const total = layers.reduce((sum, layer) => sum + layer.units, 0);
  const dead = layers.reduce((sum, layer) => sum + layer.dead, 0);
  return { layers, deadFraction: total > 0 ? dead / total : 0 };
}
