/**
 * A plain dense network built from its config (a run's ModelSpec), with no tfjs model: the same layers
 * buildModel would stack (the input rescaling, dense layers with the catalog's activations, a linear
 * output the loss reads as logits) and the same initial weights, drawn without tfjs
 * (models/initial-weights.ts, equal to tfjs's bit for bit). So a run trains on lab's array engine
 * exactly as it would from buildModel's model, without loading TensorFlow.js. An activation with
 * weights of its own (PReLU's slopes, a trained Swish β; chapter 7's learned mix through
 * networkFromLayers) starts where its tfjs layer's initializer starts it. Undefined when the network
 * needs tfjs: an activation the engine has no kernel for, or a linear output wider than one unit (as
 * planMlp decides for a tfjs model).
 */
import type { ActivationChoice, ModelConfig } from '../../types.ts';
import { deriveSeed } from '../../rng.ts';
import { getActivation } from '../../activations/catalog.ts';
import { requireValidParams } from '../../activations/validate-params.ts';
import { namedActivationKernel } from '../../activations/layers/layer-kernel.ts';
import type { ParamValues } from '../../activations/types.ts';
import { withDefaults } from '../../activations/param-defaults.ts';
import { resolveModelConfig, type ResolvedModelConfig } from '../../models/config.ts';
import { initialKernel } from '../../models/initial-weights.ts';
import { MlpNetwork, type MlpLayerShape, type NetworkActivation } from './network.ts';
import type { MlpShape } from './plan.ts';

/** What a probe reads from a hidden layer's activation weights ('betas': a trained β; 'coefficients': a learned mix). */
export interface ActivationReading {
  probe: 'betas' | 'coefficients';
  read(weights: Float32Array): number[];
}

/** A hidden layer's activation, with the starting values of its weights when it has some. */
export interface HiddenActivation {
  activation: NetworkActivation;
  initial?: Float32Array;
  reading?: ActivationReading;
}

export interface SpecNetwork {
  shape: MlpShape;
  /** Parameters at their seeded initial values. */
  network: MlpNetwork;
  /** Per layer, what a probe may read from its activation weights. */
  readings: (ActivationReading | undefined)[];
}

/** The kernel for a tfjs activation name (always a fixed one). */
function namedKernel(name: string): NetworkActivation | undefined {
  const kernel = namedActivationKernel(name);
  return kernel?.kind === 'fixed' ? kernel : undefined;
}

/**
 * Where a trainable catalog activation's weights start and how many there are, as its trainableLayer
 * makes them: PReLU one slope per unit at α (tfjs's constant initializer); Swish β, one per layer or
 * one per unit.
 */
const TRAINED_WEIGHTS: Readonly<Record<string, (params: ParamValues, units: number) => { value: number; size: number }>> = {
  prelu: (params, units) => ({ value: params.alpha!, size: units }),
  swish: (params, units) => ({ value: params.beta!, size: params.perUnit === 1 ? units : 1 }),
};

const betaReading: ActivationReading = { probe: 'betas', read: (weights) => Array.from(weights) };

/** A catalog activation with weights of its own, as the array engine trains it from its starting values. */
function trainedActivation(id: string, params: ParamValues, units: number): HiddenActivation | undefined {
  const entry = getActivation(id);
  const start = TRAINED_WEIGHTS[entry.id];
  const create = entry.weightedKernel;
  if (!start || !create?.(units, params)) return undefined;
  const { value, size } = start(withDefaults(entry.params, params), units);
  return {
    activation: { kind: 'weighted', size, create: () => create(units, params)! },
    initial: new Float32Array(size).fill(value),
    ...(entry.id === 'swish' ? { reading: betaReading } : {}),
  };
}

/** A hidden layer's catalog activation, as planMlp would read it from buildModel's layers. */
function hiddenActivation(choice: ActivationChoice, units: number): HiddenActivation | undefined {
  const entry = getActivation(choice.id);
  const params = requireValidParams(choice);
  if (entry.trainableLayer?.(params) != null) return trainedActivation(entry.id, params, units);
  const builtin = entry.tfjsBuiltin(params);
  if (builtin != null) {
    const named = namedKernel(builtin);
    return named && { activation: named };
  }
  const kernel = entry.arrayKernel?.(params);
  return kernel && { activation: { kind: 'fixed', kernel, identity: entry.id === 'linear' && params.c === 1 } };
}

/** The layers of the network `config` describes, when lab can run it without tfjs. */
export function shapeFromConfig(config: ModelConfig): MlpShape | undefined {
  const resolved = resolveModelConfig(config);
  return layersOf(resolved, (units, index) => hiddenActivation(resolved.activations[index]!, units))?.shape;
}

/** The network, its parameters at their seeded initial values, when lab can run it without tfjs. */
export function networkFromConfig(config: ModelConfig): SpecNetwork | undefined {
  const resolved = resolveModelConfig(config);
  return networkFromLayers(resolved, (units, index) => hiddenActivation(resolved.activations[index]!, units));
}

/** Hidden layer `index`'s activation (`units` wide), or undefined when the array engine cannot train it. */
export type HiddenActivationFor = (units: number, index: number) => HiddenActivation | undefined;

/** The network of a resolved config with each hidden layer's activation from `hidden`, its weights seeded as seededDense seeds them. */
export function networkFromLayers(resolved: ResolvedModelConfig, hidden: HiddenActivationFor): SpecNetwork | undefined {
  const found = layersOf(resolved, hidden);
  if (!found) return undefined;
  const { shape, activations } = found;
  const network = new MlpNetwork(shape.layers);
  // Biases start at zero, as buildModel's; each kernel is seeded by its layer index, as seededDense seeds it.
  network.offsets().forEach(({ kernel, activation }, index) => {
    const { inputs, units } = shape.layers[index]!;
    network.params.set(initialKernel(resolved.initializer, inputs, units, deriveSeed(resolved.seed, 'layer', index)), kernel);
    const initial = activations[index]?.initial;
    if (initial && activation >= 0) network.params.set(initial, activation);
  });
  return { shape, network, readings: shape.layers.map((_, index) => activations[index]?.reading) };
}

function layersOf(resolved: ResolvedModelConfig, hidden: HiddenActivationFor): { shape: MlpShape; activations: (HiddenActivation | undefined)[] } | undefined {
  if (resolved.output === 'linear' && resolved.outputSize !== 1) return undefined;
  const activations = resolved.hidden.map((units, index) => hidden(units, index));
  const identity = namedKernel('linear');
  if (!identity || activations.some((activation) => activation === undefined)) return undefined;
  const sizes = [...resolved.hidden, resolved.outputSize];
  const layers = sizes.map((units, index): MlpLayerShape => ({
    inputs: index === 0 ? resolved.inputSize : sizes[index - 1]!,
    units,
    activation: index < resolved.hidden.length ? activations[index]!.activation : identity,
    useBias: resolved.useBias,
  }));
  return { shape: { inputSize: resolved.inputSize, scale: resolved.inputScale, offset: 0, layers, output: resolved.output }, activations };
}
