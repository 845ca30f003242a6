/** The dense layers of a model built by buildModel: hidden ones first, the output layer last. */
import type { tf } from '../tfjs.ts';

const DENSE_CLASS = 'Dense';

export function denseLayers(model: tf.LayersModel): tf.layers.Layer[] {
  return model.layers.filter((layer) => layer.getClassName() === DENSE_CLASS);
}

/** Every dense layer but the last (the output layer). */
export function hiddenDenseLayers(model: tf.LayersModel): tf.layers.Layer[] {
  const dense = denseLayers(model);
  if (dense.length < 2) throw new Error('The model has no hidden layer: it needs at least two dense layers.');
  return dense.slice(0, -1);
}

/** A dense layer's weight matrix W as the variable the optimizer updates. */
export function kernelVariable(layer: tf.layers.Layer): tf.Variable {
  const kernel = layer.trainableWeights.find((weight) => weight.name.endsWith('kernel')) ?? layer.trainableWeights[0];
  if (kernel === undefined) throw new Error(`Layer ${layer.name} has no weights.`);
  return kernel.read() as tf.Variable;
}
