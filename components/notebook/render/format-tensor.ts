/**
 * Text for a tensor, in the spirit of tensor.print(): a header with dtype and shape, then nested
 * brackets with values padded to one width. Large tensors keep the first and last few entries of
 * each axis with "..." between them. DOM-free and tf-free: it takes plain values.
 */
import { formatNumber } from './format-number';

export interface TensorData {
  dtype: string;
  shape: readonly number[];
  /** Row-major values, as dataSync() returns them (strings for string tensors). */
  values: ArrayLike<number | string>;
}

/** Tensors with more values than this are abbreviated. */
export const SUMMARY_THRESHOLD = 100;
/** Entries kept at each end of a long axis when abbreviating. */
export const EDGE_ITEMS = 3;

function formatValue(value: number | string, dtype: string): string {
  if (dtype === 'string') return JSON.stringify(String(value));
  if (dtype === 'bool') return value ? 'true' : 'false';
  return formatNumber(Number(value));
}

/** Indices shown along an axis of this size, with null where the ellipsis goes. */
function shownIndices(size: number, abbreviate: boolean): Array<number | null> {
  const all = Array.from({ length: size }, (_, index) => index);
  if (!abbreviate || size <= 2 * EDGE_ITEMS) return all;
  return [...all.slice(0, EDGE_ITEMS), null, ...all.slice(size - EDGE_ITEMS)];
}

export function formatTensorValues({ dtype, shape, values }: TensorData): string {
  const size = shape.reduce((product, dim) => product * dim, 1);
  if (shape.length === 0) return formatValue(values[0], dtype);
  if (size === 0) return '[]';
  const abbreviate = size > SUMMARY_THRESHOLD;
  const strides = shape.map((_, axis) => shape.slice(axis + 1).reduce((product, dim) => product * dim, 1));

  const texts = new Map<number, string>();
  const collect = (axis: number, offset: number): void => {
    for (const index of shownIndices(shape[axis], abbreviate)) {
      if (index === null) continue;
      const at = offset + index * strides[axis];
      if (axis === shape.length - 1) texts.set(at, formatValue(values[at], dtype));
      else collect(axis + 1, at);
    }
  };
  collect(0, 0);
  const width = Math.max(...[...texts.values()].map((text) => text.length));

  const render = (axis: number, offset: number): string => {
    const parts = shownIndices(shape[axis], abbreviate).map((index) => {
      if (index === null) return '...';
      const at = offset + index * strides[axis];
      return axis === shape.length - 1 ? texts.get(at)!.padStart(width) : render(axis + 1, at);
    });
    if (axis === shape.length - 1) return `[${parts.join(', ')}]`;
    const gap = ',\n' + '\n'.repeat(shape.length - axis - 2) + ' '.repeat(axis + 1);
    return `[${parts.join(gap)}]`;
  };
  return render(0, 0);
}

export function formatTensorHeader({ dtype, shape }: Pick<TensorData, 'dtype' | 'shape'>): string {
  return `Tensor ${dtype} shape [${shape.join(', ')}]`;
}

export function formatTensor(tensor: TensorData): string {
  return `${formatTensorHeader(tensor)}\n${formatTensorValues(tensor)}`;
}
