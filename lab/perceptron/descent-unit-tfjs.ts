/** A unit under gradient descent on TensorFlow.js: its loss differentiated by tf.variableGrads through the catalog's tfjs implementation. */
import { tf } from '../tfjs.ts';
import type { DescentSetup, DescentUnit } from './descent-unit.ts';

/** A variable holding the tensor's values; the tensor itself is disposed (tf.variable copies it). */
function variableFrom(tensor: tf.Tensor): tf.Variable {
  const variable = tf.variable(tensor);
  tensor.dispose();
  return variable;
}

/** Its tensors live until dispose(). */
export function tfjsDescentUnit({ split, activation, learningRate, initial }: DescentSetup): DescentUnit {
  const inputSize = initial.weights.length;
  const xs = tf.tensor2d(split.xs, [split.xs.length, inputSize]);
  const ys = tf.tensor1d(split.ys);
  const w = variableFrom(tf.tensor1d(initial.weights));
  const b = variableFrom(tf.scalar(initial.bias));
  const loss = (): tf.Scalar => {
    const z = tf.add(tf.reshape(tf.matMul(xs, tf.reshape(w, [inputSize, 1])), [-1]), b);
    return tf.mean(tf.squaredDifference(activation.apply(z), ys)) as tf.Scalar;
  };
  return {
    step: () => tf.tidy(() => {
      const { value, grads } = tf.variableGrads(loss, [w, b]);
      const gw = grads[w.name]!;
      const gb = grads[b.name]!;
      w.assign(tf.sub(w, tf.mul(gw, learningRate)));
      b.assign(tf.sub(b, tf.mul(gb, learningRate)));
      return { loss: value.dataSync()[0]!, gradient: [...gw.dataSync(), ...gb.dataSync()] };
    }),
    values: () => [...w.dataSync(), ...b.dataSync()],
    dispose: () => tf.dispose([xs, ys, w, b]),
  };
}
