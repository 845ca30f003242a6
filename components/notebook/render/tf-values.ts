/**
 * Recognising and describing TensorFlow.js values without importing tfjs (so the renderers stay
 * light): tensors, layers models, layers and optimizers, by the methods they carry.
 */
import { formatTensor, formatTensorHeader, type TensorData } from './format-tensor';

export interface TensorLike extends TensorData {
  isDisposed: boolean;
  dataSync(): ArrayLike<number>;
  arraySync(): unknown;
  dispose(): void;
}

interface ModelLike {
  name: string;
  layers: unknown[];
  predict: Function;
  summary(lineLength?: number, positions?: number[], print?: (line: string) => void): void;
}

interface NamedTfObject {
  name?: string;
  getClassName(): string;
}

export function isTensor(value: unknown): value is TensorLike {
  const candidate = value as Partial<TensorLike> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.dataSync === 'function' &&
    typeof candidate.dtype === 'string' &&
    Array.isArray(candidate.shape) &&
    typeof candidate.isDisposed === 'boolean'
  );
}

export function isLayersModel(value: unknown): value is ModelLike {
  const candidate = value as Partial<ModelLike> | null;
  return typeof candidate === 'object' && candidate !== null && Array.isArray(candidate.layers) && typeof candidate.predict === 'function' && typeof candidate.summary === 'function';
}

function isNamedTfObject(value: unknown): value is NamedTfObject {
  return typeof value === 'object' && value !== null && typeof (value as NamedTfObject).getClassName === 'function';
}

function tensorValues(tensor: TensorLike): ArrayLike<number | string> {
  return tensor.dtype === 'string' ? ([tensor.arraySync()].flat(Infinity) as string[]) : tensor.dataSync();
}

export function describeTensor(tensor: TensorLike): string {
  if (tensor.isDisposed) return `${formatTensorHeader(tensor)} (disposed)`;
  return formatTensor({ dtype: tensor.dtype, shape: tensor.shape, values: tensorValues(tensor) });
}

export function describeModel(model: ModelLike): string {
  const lines: string[] = [];
  model.summary(undefined, undefined, (line) => lines.push(line));
  return lines.join('\n');
}

/** Custom formatting for the inspector: full text at the top level, a short label when nested. */
export function inspectTfValue(value: object, nested: boolean): string | undefined {
  if (isTensor(value)) return nested ? formatTensorHeader(value) : describeTensor(value);
  if (isLayersModel(value)) return nested ? `LayersModel "${value.name}"` : describeModel(value);
  if (isNamedTfObject(value)) return `${value.getClassName()}${value.name ? ` "${value.name}"` : ''}`;
  return undefined;
}
