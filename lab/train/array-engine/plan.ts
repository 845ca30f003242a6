/**
 * Decides whether a tf.Sequential is a plain MLP the array engine can train exactly as tfjs would:
 * an optional Rescaling layer, then Dense layers (no regularisers, constraints or frozen weights),
 * each with an activation the engine knows, fused into the layer or as the one activation layer after
 * a linear Dense layer (a catalog activation, PReLU, a trainable Swish, chapter 7's learned mix:
 * lab/activations/layers/layer-kernel.ts), ending in a linear Dense layer followed by a separate sigmoid or softmax Activation
 * layer (or nothing, for a one-unit linear output). Anything else is left to tfjs.
 */
import type { tf } from '../../tfjs.ts';
import type { OutputKind } from '../../types.ts';
import { activationLayerKernel, namedActivationKernel, type LayerKernel } from '../../activations/layers/layer-kernel.ts';
import type { MlpLayerShape, NetworkActivation } from './network.ts';

export interface MlpLayerPlan extends MlpLayerShape {
  kernel: tf.LayerVariable;
  bias?: tf.LayerVariable;
  /** The activation layer's own weight (PReLU's slopes, a trained β), trained with the rest. */
  activationWeight?: tf.LayerVariable;
}

/** A plain MLP as the array engine runs it, whether read from a tfjs model (MlpPlan) or built from a config (spec-network.ts). */
export interface MlpShape {
  inputSize: number;
  /** The Rescaling layer's x · scale + offset (1 and 0 without one). */
  scale: number;
  offset: number;
  layers: MlpLayerShape[];
  output: OutputKind;
}

export interface MlpPlan extends MlpShape {
  layers: MlpLayerPlan[];
}

const SETTINGS_THE_ENGINE_IGNORES = ['kernelConstraint', 'biasConstraint', 'kernelRegularizer', 'biasRegularizer', 'activityRegularizer'];

function toNetworkActivation(kernel: LayerKernel): Pick<MlpLayerPlan, 'activation' | 'activationWeight'> {
  if (kernel.kind === 'fixed') return { activation: kernel };
  const activation: NetworkActivation = { kind: 'weighted', size: kernel.weight.read().size, create: kernel.create };
  return { activation, activationWeight: kernel.weight };
}

function denseLayerPlan(layer: tf.layers.Layer, after: tf.layers.Layer | undefined): MlpLayerPlan | undefined {
  if (layer.getClassName() !== 'Dense' || !layer.built || !layer.trainable) return undefined;
  const config = layer.getConfig();
  const name = String(config.activation ?? 'linear');
  if (after && name !== 'linear') return undefined;
  if (SETTINGS_THE_ENGINE_IGNORES.some((setting) => config[setting] != null)) return undefined;
  const useBias = config.useBias !== false;
  const [kernel, bias] = layer.weights;
  if (!kernel || layer.weights.length !== (useBias ? 2 : 1) || !layer.weights.every((weight) => weight.trainable)) return undefined;
  const [inputs, units] = kernel.shape;
  if (kernel.shape.length !== 2 || typeof inputs !== 'number' || typeof units !== 'number') return undefined;
  const activation = after ? activationLayerKernel(after, units) : namedActivationKernel(name);
  if (!activation) return undefined;
  return { inputs, units, useBias, kernel, ...(bias ? { bias } : {}), ...toNetworkActivation(activation) };
}

/** Dense layers, each with the activation layer that follows it, if any; undefined entries where the layers are anything else. */
function denseLayerPlans(layers: readonly tf.layers.Layer[]): (MlpLayerPlan | undefined)[] {
  const plans: (MlpLayerPlan | undefined)[] = [];
  for (let i = 0; i < layers.length; i++) {
    const next = layers[i + 1];
    const after = next && next.getClassName() !== 'Dense' ? next : undefined;
    plans.push(denseLayerPlan(layers[i]!, after));
    if (after) i++;
  }
  return plans;
}

function isIdentity(activation: NetworkActivation): boolean {
  return activation.kind === 'fixed' && activation.identity;
}

function weightCount(layer: MlpLayerPlan): number {
  return (layer.bias ? 2 : 1) + (layer.activationWeight ? 1 : 0);
}

function rescalingOf(layer: tf.layers.Layer): { scale: number; offset: number } | undefined {
  if (layer.getClassName() !== 'Rescaling') return undefined;
  const { scale, offset = 0 } = layer.getConfig() as { scale?: unknown; offset?: unknown };
  return typeof scale === 'number' && typeof offset === 'number' ? { scale, offset } : undefined;
}

/** The plan for `model`, or undefined when only tfjs can train it. */
export function planMlp(model: tf.Sequential, output: OutputKind, fromLogits: boolean): MlpPlan | undefined {
  const all = model.layers;
  const last = all[all.length - 1];
  const endsInActivation = output !== 'linear' && last?.getClassName() === 'Activation';
  if (output !== 'linear' && !(fromLogits && endsInActivation)) return undefined;
  const body = endsInActivation ? all.slice(0, -1) : all;
  const rescaling = body[0] ? rescalingOf(body[0]) : undefined;
  const denseLayers = denseLayerPlans(rescaling ? body.slice(1) : body);
  if (denseLayers.length === 0 || denseLayers.some((layer) => layer === undefined)) return undefined;
  const layers = denseLayers as MlpLayerPlan[];
  const outputLayer = layers[layers.length - 1]!;
  if (!isIdentity(outputLayer.activation) || (output === 'linear' && outputLayer.units !== 1)) return undefined;
  const chained = layers.every((layer, i) => i === 0 || layer.inputs === layers[i - 1]!.units);
  const trainableCount = layers.reduce((sum, layer) => sum + weightCount(layer), 0);
  if (!chained || model.trainableWeights.length !== trainableCount) return undefined;
  return { inputSize: layers[0]!.inputs, scale: rescaling?.scale ?? 1, offset: rescaling?.offset ?? 0, layers, output };
}
