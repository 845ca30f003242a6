/**
 * How the trainer sees a Sequential model: the forward pass up to the logits, the output kind,
 * and whether the loss can be computed from logits (when the model ends in a separate
 * sigmoid/softmax activation layer, as buildModel makes it) or must use probabilities.
 */
import { tf } from '../tfjs.ts';
import type { OutputKind } from '../types.ts';
import { fastDenseStep, type LayerStep } from './fast-dense.ts';

export interface ModelHead {
  output: OutputKind;
  /** True when `forward` returns logits; false when it returns probabilities (a fused output activation). */
  fromLogits: boolean;
  inputSize: number;
  outputSize: number;
  /** Training-time forward pass: logits (or probabilities, see fromLogits). */
  forward(xs: tf.Tensor): tf.Tensor;
  /** Inference: probabilities for sigmoid/softmax, values for linear. */
  predict(xs: tf.Tensor): tf.Tensor;
}

const PROBABILISTIC = new Set(['sigmoid', 'softmax']);

function layerSteps(layers: readonly tf.layers.Layer[], training: boolean): LayerStep[] {
  return layers.map((layer) => fastDenseStep(layer) ?? ((h) => layer.apply(h, { training }) as tf.Tensor));
}

function chain(steps: readonly LayerStep[]): (xs: tf.Tensor) => tf.Tensor {
  return (xs) => steps.reduce<tf.Tensor>((h, step) => step(h), xs);
}

function lastDimension(shape: tf.Shape | tf.Shape[], what: string): number {
  const single = (Array.isArray(shape[0]) ? shape[0] : shape) as tf.Shape;
  const size = single[single.length - 1];
  if (typeof size !== 'number' || single.length !== 2) {
    throw new Error(`The model's ${what} must have shape [batch, units], got ${JSON.stringify(shape)}.`);
  }
  return size;
}

export function readHead(model: tf.Sequential): ModelHead {
  if (!(model instanceof tf.Sequential) || model.layers.length === 0) {
    throw new Error('Training needs a tf.Sequential model with at least one layer (use buildModel).');
  }
  const layers = model.layers;
  const last = layers[layers.length - 1]!;
  const activation = String(last.getConfig().activation ?? 'linear');
  const output: OutputKind = activation === 'sigmoid' || activation === 'softmax' ? activation : 'linear';
  if (output === 'linear' && activation !== 'linear') {
    throw new Error(`Unsupported output activation "${activation}": use sigmoid, softmax or linear.`);
  }
  const fromLogits = PROBABILISTIC.has(output) && last.getClassName() === 'Activation';
  const logitLayers = fromLogits ? layers.slice(0, -1) : layers;
  return {
    output,
    fromLogits,
    inputSize: lastDimension(model.inputs[0]!.shape, 'input'),
    outputSize: lastDimension(model.outputs[0]!.shape, 'output'),
    forward: chain(layerSteps(logitLayers, true)),
    predict: chain(layerSteps(layers, false)),
  };
}
