/**
 * Multiplies a stack of linear layers out into the one layer it equals. tfjs stores examples as rows,
 * so each dense layer computes h·K + c, and the stack x → x·K₁ + c₁ → … collapses to x·W + b with
 * W = K₁K₂⋯K_L and b = (…(c₁K₂ + c₂)K₃ + …)K_L + c_L. Rescaling layers and linear activations (any
 * slope c) fold in as scalars. The arithmetic is done in double precision on the layers' weights as
 * getWeights() reports them. A model with any nonlinear hidden activation is refused; a sigmoid or
 * softmax is allowed only as a separate final Activation layer (as buildModel makes it), and is kept.
 */
import type { tf } from '../tfjs.ts';
import type { OutputKind } from '../types.ts';

/** buildModel's layer for catalog activations tfjs has no string for (see lab/activations/layers). */
const CATALOG_ACTIVATION_CLASS = 'ActivationLabCatalogActivation';
const OUTPUT_ACTIVATIONS: readonly string[] = ['sigmoid', 'softmax'];

export interface CollapsedLayer {
  /** inputSize × outputSize: output = x·W + b. */
  weights: number[][];
  bias: number[];
  /** The output activation left after the collapse (sigmoid, softmax, or linear for none). */
  output: OutputKind;
  /** [rows, columns] of each dense kernel that was multiplied in, in order. */
  kernelShapes: [number, number][];
}

type Matrix = number[][];

function multiply(a: Matrix, b: Matrix): Matrix {
  const inner = b.length;
  const columns = b[0]?.length ?? 0;
  return a.map((row) => {
    const out = new Array<number>(columns).fill(0);
    for (let k = 0; k < inner; k++) {
      const factor = row[k]!;
      const bRow = b[k]!;
      for (let j = 0; j < columns; j++) out[j]! += factor * bRow[j]!;
    }
    return out;
  });
}

function identity(size: number): Matrix {
  return Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j ? 1 : 0)));
}

function activationName(layer: tf.layers.Layer): string {
  return String(layer.getConfig().activation ?? 'linear');
}

function catalogSlope(layer: tf.layers.Layer): number | undefined {
  const config = layer.getConfig() as { activationId?: string; params?: Record<string, number> };
  return config.activationId === 'linear' ? config.params?.c ?? 1 : undefined;
}

/** Why the model does not collapse (its first nonlinear layer), or undefined when it does. */
export function findNonlinearLayer(model: tf.Sequential): string | undefined {
  const layers = model.layers;
  for (const [index, layer] of layers.entries()) {
    const kind = layer.getClassName();
    const isLast = index === layers.length - 1;
    if (kind === 'Dense' || kind === 'Activation') {
      const activation = activationName(layer);
      if (activation === 'linear') continue;
      if (kind === 'Activation' && isLast && OUTPUT_ACTIVATIONS.includes(activation)) continue;
      return `layer ${index + 1} (${kind}) applies ${activation}`;
    }
    if (kind === 'Rescaling') continue;
    if (kind === CATALOG_ACTIVATION_CLASS) {
      if (catalogSlope(layer) !== undefined) continue;
      return `layer ${index + 1} applies ${String((layer.getConfig() as { activationId?: string }).activationId)}`;
    }
    return `layer ${index + 1} is a ${kind} layer`;
  }
  return undefined;
}

function scaleAll(matrix: Matrix, bias: number[], factor: number, offset = 0): { matrix: Matrix; bias: number[] } {
  return { matrix: matrix.map((row) => row.map((v) => v * factor)), bias: bias.map((v) => v * factor + offset) };
}

/** The single layer x·W + b (plus the model's output activation) that computes what the model computes. */
export function collapseLinearStack(model: tf.Sequential): CollapsedLayer {
  const blocker = findNonlinearLayer(model);
  if (blocker !== undefined) {
    throw new Error(`This model does not collapse into one linear layer: ${blocker}. Only linear hidden activations collapse.`);
  }
  const inputSize = model.inputs[0]?.shape[1];
  if (typeof inputSize !== 'number') throw new Error('collapseLinearStack needs a model with a known input size.');
  let matrix = identity(inputSize);
  let bias = new Array<number>(inputSize).fill(0);
  let output: OutputKind = 'linear';
  const kernelShapes: [number, number][] = [];

  for (const layer of model.layers) {
    const kind = layer.getClassName();
    if (kind === 'Dense') {
      const [kernel, layerBias] = layer.getWeights();
      const k = kernel!.arraySync() as Matrix;
      kernelShapes.push([k.length, k[0]?.length ?? 0]);
      matrix = multiply(matrix, k);
      const c = layerBias ? (layerBias.arraySync() as number[]) : new Array<number>(k[0]?.length ?? 0).fill(0);
      bias = multiply([bias], k)[0]!.map((v, j) => v + c[j]!);
    } else if (kind === 'Rescaling') {
      const config = layer.getConfig() as { scale?: number; offset?: number };
      ({ matrix, bias } = scaleAll(matrix, bias, config.scale ?? 1, config.offset ?? 0));
    } else if (kind === CATALOG_ACTIVATION_CLASS) {
      ({ matrix, bias } = scaleAll(matrix, bias, catalogSlope(layer)!));
    } else if (kind === 'Activation') {
      const activation = activationName(layer);
      if (activation !== 'linear') output = activation as OutputKind;
    }
  }
  return { weights: matrix, bias, output, kernelShapes };
}
