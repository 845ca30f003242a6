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
  /** Double-precision running sums: one per unit of the widest layer, and one per weight of the largest kernel. */
  readonly #sums: Float64Array;
  readonly #kernelSums: Float64Array;

  constructor(shapes: readonly MlpLayerShape[]) {
    if (shapes.length === 0) throw new Error('Array engine: a network needs at least one layer.');
    this.params = new Float32Array(parameterCount(shapes));
    this.grads = new Float32Array(this.params.length);
    this.#layers = toLayers(shapes, this.params, this.grads);
    this.outputWidth = shapes[shapes.length - 1]!.units;
    this.#sums = new Float64Array(Math.max(...shapes.map(({ units }) => units)));
    this.#kernelSums = new Float64Array(Math.max(...shapes.map(({ inputs, units }) => inputs * units)));
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
    let input = x;
    for (let index = 0; index < this.#layers.length; index++) {
      const layer = this.#layers[index]!;
      const z = this.#z[index]!;
      if (layer.units === 1) this.#forwardToOne(layer, input, rows, z);
      else this.#forwardToMany(layer, input, rows, z);
      const a = this.#a[index]!;
      if (layer.weighted) layer.weighted.apply(z, a, rows, layer.activationWeights);
      else if (!layer.isLinear) layer.fixed!.apply(z, a, rows * layer.units);
      input = a;
    }
    return this.#a[this.#layers.length - 1]!.subarray(0, rows * this.outputWidth);
  }

  /** A one-unit layer: each row's sum runs along the row and the kernel's column, both contiguous. */
  #forwardToOne({ inputs, kernelOffset: k, biasOffset: b }: Layer, input: Float32Array, rows: number, z: Float32Array): void {
    const p = this.params;
    const bias = b >= 0 ? p[b]! : 0;
    for (let r = 0; r < rows; r++) {
      const inRow = r * inputs;
      let sum = 0;
      for (let i = 0; i < inputs; i++) sum += input[inRow + i]! * p[k + i]!;
      z[r] = b >= 0 ? Math.fround(sum) + bias : sum;
    }
  }

  /**
   * A wider layer: a row's unit sums are kept side by side (in double precision, like the single
   * sum of the plain loop) so the kernel is read row by row; each sum still adds its inputs in order,
   * the last input's pass storing the finished sums.
   */
  #forwardToMany({ inputs, units, kernelOffset: k, biasOffset: b }: Layer, input: Float32Array, rows: number, z: Float32Array): void {
    const p = this.params;
    const sums = this.#sums;
    const last = inputs - 1;
    const lastRow = k + last * units;
    for (let r = 0; r < rows; r++) {
      const inRow = r * inputs;
      const outRow = r * units;
      if (last === 0) sums.fill(0, 0, units);
      else {
        const first = input[inRow]!;
        for (let j = 0; j < units; j++) sums[j] = 0 + first * p[k + j]!;
      }
      for (let i = 1; i < last; i++) {
        const value = input[inRow + i]!;
        const kernelRow = k + i * units;
        for (let j = 0; j < units; j++) sums[j] += value * p[kernelRow + j]!;
      }
      const value = input[inRow + last]!;
      if (b >= 0) for (let j = 0; j < units; j++) z[outRow + j] = Math.fround(sums[j]! + value * p[lastRow + j]!) + p[b + j]!;
      else for (let j = 0; j < units; j++) z[outRow + j] = sums[j]! + value * p[lastRow + j]!;
    }
  }

  /** Fills `grads` for the batch of the last forward(x, rows), given dLoss/doutput of the last layer. */
  backward(x: Float32Array, rows: number, outputGradient: Float32Array): void {
    let delta = this.#delta;
    let previous = this.#deltaPrevious;
    delta.set(outputGradient.subarray(0, rows * this.outputWidth));
    for (let index = this.#layers.length - 1; index >= 0; index--) {
      const layer = this.#layers[index]!;
      if (layer.weighted) layer.weighted.backprop(this.#z[index]!, this.#a[index]!, delta, rows, layer.activationWeights, layer.activationGrads);
      else if (!layer.isLinear) layer.fixed!.backprop(this.#z[index]!, this.#a[index]!, delta, rows * layer.units);
      this.#parameterGradients(layer, index === 0 ? x : this.#a[index - 1]!, delta, rows);
      if (index === 0) break;
      this.#inputGradient(layer, delta, rows, previous);
      [delta, previous] = [previous, delta];
    }
  }

  /**
   * The kernel's and bias's gradients: each is a sum over the rows, taken row by row in order (in
   * double precision) for all of them at once, so the rows are read contiguously; the inner loop
   * runs along the longer of the layer's two sides.
   */
  #parameterGradients({ inputs, units, kernelOffset: k, biasOffset: b }: Layer, input: Float32Array, delta: Float32Array, rows: number): void {
    const kernelSums = this.#kernelSums;
    const biasSums = this.#sums;
    kernelSums.fill(0, 0, inputs * units);
    biasSums.fill(0, 0, units);
    for (let r = 0; r < rows; r++) {
      const inRow = r * inputs;
      const deltaRow = r * units;
      if (units < inputs) {
        for (let j = 0; j < units; j++) {
          const d = delta[deltaRow + j]!;
          for (let i = 0; i < inputs; i++) kernelSums[i * units + j] += input[inRow + i]! * d;
          biasSums[j] += d;
        }
        continue;
      }
      // The bias's sums ride along the first input's pass over the units (kept, unused, without a bias).
      const first = input[inRow]!;
      for (let j = 0; j < units; j++) {
        const d = delta[deltaRow + j]!;
        kernelSums[j] += first * d;
        biasSums[j] += d;
      }
      for (let i = 1; i < inputs; i++) {
        const value = input[inRow + i]!;
        const sumsRow = i * units;
        for (let j = 0; j < units; j++) kernelSums[sumsRow + j] += value * delta[deltaRow + j]!;
      }
    }
    const g = this.grads;
    for (let n = 0; n < inputs * units; n++) g[k + n] = kernelSums[n]!;
    if (b >= 0) for (let j = 0; j < units; j++) g[b + j] = biasSums[j]!;
  }

  /** dLoss/dinput of a layer, row by row: each input's sum runs over the units in order. */
  #inputGradient({ inputs, units, kernelOffset: k }: Layer, delta: Float32Array, rows: number, previous: Float32Array): void {
    const p = this.params;
    for (let r = 0; r < rows; r++) {
      const deltaRow = r * units;
      const inRow = r * inputs;
      if (units === 1) {
        const d = delta[r]!;
        // 0 + …, as the sum of one term starts: it turns a product of −0 into +0, as the general loop does.
        for (let i = 0; i < inputs; i++) previous[inRow + i] = 0 + d * p[k + i]!;
        continue;
      }
      for (let i = 0; i < inputs; i++) {
        const kernelRow = k + i * units;
        let sum = 0;
        for (let j = 0; j < units; j++) sum += delta[deltaRow + j]! * p[kernelRow + j]!;
        previous[inRow + i] = sum;
      }
    }
  }

  /** Where each layer's kernel, bias and activation weights sit in `params` (−1: none). */
  offsets(): { kernel: number; bias: number; activation: number }[] {
    return this.#layers.map(({ kernelOffset, biasOffset, activationOffset }) => ({ kernel: kernelOffset, bias: biasOffset, activation: activationOffset }));
  }
}
