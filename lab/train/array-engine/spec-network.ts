/**
 * A plain dense network built from its config (a run's ModelSpec), with no tfjs model: the same layers
 * buildModel would stack (the input rescaling, dense layers with the catalog's activations, a linear
 * output the loss reads as logits) and the same initial weights, drawn without tfjs
 * (models/initial-weights.ts, equal to tfjs's bit for bit). So a run trains on lab's array engine
 * exactly as it would from buildModel's model, without loading TensorFlow.js. Undefined when the
 * network needs tfjs: an activation with weights of its own (PReLU, a trainable β) or one the engine
 * has no kernel for, or a linear output wider than one unit (as planMlp decides for a tfjs model).
 */
import type { ActivationChoice, ModelConfig } from '../../types.ts';
import { deriveSeed } from '../../rng.ts';
import { getActivation } from '../../activations/catalog.ts';
import { requireValidParams } from '../../activations/validate-params.ts';
import { namedActivationKernel } from '../../activations/layers/layer-kernel.ts';
import { resolveModelConfig, type ResolvedModelConfig } from '../../models/config.ts';
import { initialKernel } from '../../models/initial-weights.ts';
import { MlpNetwork, type MlpLayerShape, type NetworkActivation } from './network.ts';
import type { MlpShape } from './plan.ts';

export interface SpecNetwork {
  shape: MlpShape;
  /** Parameters at their seeded initial values. */
  network: MlpNetwork;
}

/** The kernel for a tfjs activation name (always a fixed one). */
function namedKernel(name: string): NetworkActivation | undefined {
  const kernel = namedActivationKernel(name);
  return kernel?.kind === 'fixed' ? kernel : undefined;
}

/** The fixed kernel of a hidden layer's activation, as planMlp would read it from buildModel's layers. */
function hiddenActivation(choice: ActivationChoice): NetworkActivation | undefined {
  const entry = getActivation(choice.id);
  const params = requireValidParams(choice);
  if (entry.trainableLayer?.(params) != null) return undefined;
  const builtin = entry.tfjsBuiltin(params);
  if (builtin != null) return namedKernel(builtin);
  const kernel = entry.arrayKernel?.(params);
  return kernel ? { kind: 'fixed', kernel, identity: entry.id === 'linear' && params.c === 1 } : undefined;
}

/** The layers of the network `config` describes, when lab can run it without tfjs. */
export function shapeFromConfig(config: ModelConfig): MlpShape | undefined {
  return layersOf(resolveModelConfig(config))?.shape;
}

/** The network, its parameters at their seeded initial values, when lab can run it without tfjs. */
export function networkFromConfig(config: ModelConfig): SpecNetwork | undefined {
  const resolved = resolveModelConfig(config);
  const found = layersOf(resolved);
  if (!found) return undefined;
  const { shape } = found;
  const network = new MlpNetwork(shape.layers);
  // Biases start at zero, as buildModel's; each kernel is seeded by its layer index, as seededDense seeds it.
  network.offsets().forEach(({ kernel }, index) => {
    const { inputs, units } = shape.layers[index]!;
    network.params.set(initialKernel(resolved.initializer, inputs, units, deriveSeed(resolved.seed, 'layer', index)), kernel);
  });
  return { shape, network };
}

function layersOf(resolved: ResolvedModelConfig): { shape: MlpShape } | undefined {
  if (resolved.output === 'linear' && resolved.outputSize !== 1) return undefined;
  const activations = resolved.activations.map(hiddenActivation);
  const identity = namedKernel('linear');
  if (!identity || activations.some((activation) => activation === undefined)) return undefined;
  const sizes = [...resolved.hidden, resolved.outputSize];
  const layers = sizes.map((units, index): MlpLayerShape => ({
    inputs: index === 0 ? resolved.inputSize : sizes[index - 1]!,
    units,
    activation: index < resolved.hidden.length ? activations[index]! : identity,
    useBias: resolved.useBias,
  }));
  return { shape: { inputSize: resolved.inputSize, scale: resolved.inputScale, offset: 0, layers, output: resolved.output } };
}
