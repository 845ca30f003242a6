/**
 * A dense network on plain Float32Arrays: every layer's kernel ([inputs, units], row-major like
 * tfjs), bias and activation weights (PReLU's slopes, a trained β) live in one flat parameter array,
 * with a gradient array of the same layout.
 * forward() keeps each layer's pre-activation z and output a for the backward pass that follows.
 * Sums are taken in double precision and stored as float32, as tfjs's cpu kernels do.
 */
import type { ArrayKernel, WeightedKernel } from '../../activations/types.ts';

/** A layer's activation as the network runs it: a fixed kernel, or one with `size` weights of its own. */
export type NetworkActivation =
  | { kind: 'fixed'; kernel: ArrayKernel; identity: boolean }
  | { kind: 'weighted'; size: number; create(): WeightedKernel };

export interface MlpLayerShape {
  inputs: number;
  units: number;
  activation: NetworkActivation;
  useBias: boolean;
}

interface Layer {
  inputs: number;
  units: number;
  fixed?: ArrayKernel;
  weighted?: WeightedKernel;
  isLinear: boolean;
  kernelOffset: number;
  /** −1 without a bias. */
  biasOffset: number;
  /** The activation's weights and their gradient: views into params and grads (empty for a fixed kernel). */
  activationWeights: Float32Array;
  activationGrads: Float32Array;
  /** −1 for a fixed kernel. */
  activationOffset: number;
}

function activationSize(activation: NetworkActivation): number {
  return activation.kind === 'weighted' ? activation.size : 0;
}

export function parameterCount(shapes: readonly MlpLayerShape[]): number {
  return shapes.reduce((sum, { inputs, units, useBias, activation }) => sum + inputs * units + (useBias ? units : 0) + activationSize(activation), 0);
}

function toLayers(shapes: readonly MlpLayerShape[], params: Float32Array, grads: Float32Array): Layer[] {
  let offset = 0;
  return shapes.map(({ inputs, units, activation, useBias }) => {
    const kernelOffset = offset;
    offset += inputs * units;
    const biasOffset = useBias ? offset : -1;
    if (useBias) offset += units;
    const size = activationSize(activation);
    const activationOffset = size > 0 ? offset : -1;
    const activationWeights = params.subarray(offset, offset + size);
    const activationGrads = grads.subarray(offset, offset + size);
    offset += size;
    const shared = { inputs, units, kernelOffset, biasOffset, activationWeights, activationGrads, activationOffset };
    return activation.kind === 'fixed'
      ? { ...shared, fixed: activation.kernel, isLinear: activation.identity }
      : { ...shared, weighted: activation.create(), isLinear: false };
  });
}

export class MlpNetwork {
  readonly params: Float32Array;
  readonly grads: Float32Array;
  readonly outputWidth: number;
  readonly #layers: Layer[];
  #capacity = 0;
  /** Per layer: pre-activations z and outputs a (a === z for linear layers), rows × units. */
  #z: Float32Array[] = [];
  #a: Float32Array[] = [];
  /** Gradient with respect to a layer's output, and to its input (rows × widest layer). */
  #delta = new Float32Array(0);
  #deltaPrevious = new Float32Array(0);

  constructor(shapes: readonly MlpLayerShape[]) {
    if (shapes.length === 0) throw new Error('Array engine: a network needs at least one layer.');
    this.params = new Float32Array(parameterCount(shapes));
    this.grads = new Float32Array(this.params.length);
    this.#layers = toLayers(shapes, this.params, this.grads);
    this.outputWidth = shapes[shapes.length - 1]!.units;
  }

  #reserve(rows: number): void {
    if (rows <= this.#capacity) return;
    this.#capacity = rows;
    this.#z = this.#layers.map(({ units }) => new Float32Array(rows * units));
    this.#a = this.#layers.map(({ units, isLinear }, i) => (isLinear ? this.#z[i]! : new Float32Array(rows * units)));
    const widest = Math.max(...this.#layers.map(({ inputs, units }) => Math.max(inputs, units)));
    this.#delta = new Float32Array(rows * widest);
    this.#deltaPrevious = new Float32Array(rows * widest);
  }

  /** The last layer's output for `rows` input rows (a view valid until the next forward). */
  forward(x: Float32Array, rows: number): Float32Array {
    this.#reserve(rows);
    const p = this.params;
    let input = x;
    for (let index = 0; index < this.#layers.length; index++) {
      const layer = this.#layers[index]!;
      const { inputs, units, kernelOffset: k, biasOffset: b } = layer;
      const z = this.#z[index]!;
      for (let r = 0; r < rows; r++) {
        const inRow = r * inputs;
        const outRow = r * units;
        for (let j = 0; j < units; j++) {
          let sum = 0;
          for (let i = 0; i < inputs; i++) sum += input[inRow + i]! * p[k + i * units + j]!;
          z[outRow + j] = b >= 0 ? Math.fround(sum) + p[b + j]! : sum;
        }
      }
      const a = this.#a[index]!;
      if (layer.weighted) layer.weighted.apply(z, a, rows, layer.activationWeights);
      else if (!layer.isLinear) layer.fixed!.apply(z, a, rows * units);
      input = a;
    }
    return this.#a[this.#layers.length - 1]!.subarray(0, rows * this.outputWidth);
  }

  /** Fills `grads` for the batch of the last forward(x, rows), given dLoss/doutput of the last layer. */
  backward(x: Float32Array, rows: number, outputGradient: Float32Array): void {
    const p = this.params;
    const g = this.grads;
    let delta = this.#delta;
    let previous = this.#deltaPrevious;
    delta.set(outputGradient.subarray(0, rows * this.outputWidth));
    for (let index = this.#layers.length - 1; index >= 0; index--) {
      const layer = this.#layers[index]!;
      const { inputs, units, kernelOffset: k, biasOffset: b } = layer;
      if (layer.weighted) layer.weighted.backprop(this.#z[index]!, this.#a[index]!, delta, rows, layer.activationWeights, layer.activationGrads);
      else if (!layer.isLinear) layer.fixed!.backprop(this.#z[index]!, this.#a[index]!, delta, rows * units);
      const input = index === 0 ? x : this.#a[index - 1]!;
      for (let i = 0; i < inputs; i++) {
        for (let j = 0; j < units; j++) {
          let sum = 0;
          for (let r = 0; r < rows; r++) sum += input[r * inputs + i]! * delta[r * units + j]!;
          g[k + i * units + j] = sum;
        }
      }
      if (b >= 0) {
        for (let j = 0; j < units; j++) {
          let sum = 0;
          for (let r = 0; r < rows; r++) sum += delta[r * units + j]!;
          g[b + j] = sum;
        }
      }
      if (index === 0) break;
      for (let r = 0; r < rows; r++) {
        for (let i = 0; i < inputs; i++) {
          let sum = 0;
          for (let j = 0; j < units; j++) sum += delta[r * units + j]! * p[k + i * units + j]!;
          previous[r * inputs + i] = sum;
        }
      }
      [delta, previous] = [previous, delta];
    }
  }

  /** Where each layer's kernel, bias and activation weights sit in `params` (−1: none). */
  offsets(): { kernel: number; bias: number; activation: number }[] {
    return this.#layers.map(({ kernelOffset, biasOffset, activationOffset }) => ({ kernel: kernelOffset, bias: biasOffset, activation: activationOffset }));
  }
}
