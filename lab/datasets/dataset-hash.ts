/**
 * A content hash of a Dataset, for run records: two runs trained on the same numbers carry the same
 * hash, whatever file, page or machine they came from.
 *
 * The hashed bytes (version 1), SHA-256 over:
 *   1. the UTF-8 text of JSON.stringify(["activation-lab/dataset", 1, inputSize, numClasses,
 *      classNames or [], trainRows, testRows]) followed by "\n";
 *   2. every number as a little-endian IEEE-754 float64, in this order: the training features row
 *      by row, the training labels, the test features row by row, the test labels.
 * The id is left out (renaming a file changes nothing). The result reads "sha256:" + 64 hex digits.
 * WebCrypto computes it, the same API in pages, workers and Node (globalThis.crypto.subtle).
 */
import type { Dataset, Split } from '../types.ts';

export const DATASET_HASH_VERSION = 1;
const HASH_PREFIX = 'sha256:';
const FLOAT64_BYTES = 8;
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

function splitValueCount(split: Split, inputSize: number): number {
  if (split.xs.length !== split.ys.length) throw new Error(`Dataset hash: ${split.xs.length} feature rows but ${split.ys.length} labels.`);
  return split.xs.length * (inputSize + 1);
}

/** Copies a split's numbers into values from position at; returns the position after them. */
function writeSplit(values: Float64Array, at: number, split: Split, inputSize: number): number {
  let next = at;
  split.xs.forEach((row, r) => {
    if (row.length !== inputSize) throw new Error(`Dataset hash: row ${r} has ${row.length} features, expected ${inputSize}.`);
    values.set(row, next);
    next += inputSize;
  });
  values.set(split.ys, next);
  return next + split.ys.length;
}

/** Writes the numbers as little-endian float64 after the head, whatever the machine's byte order. */
function writeValues(bytes: Uint8Array<ArrayBuffer>, offset: number, values: Float64Array): void {
  if (!values.every(Number.isFinite)) {
    throw new Error(`Dataset hash: the data set holds a value that is not a finite number (${String(values.find((v) => !Number.isFinite(v)))}).`);
  }
  if (LITTLE_ENDIAN) {
    bytes.set(new Uint8Array(values.buffer), offset);
    return;
  }
  const view = new DataView(bytes.buffer, offset);
  values.forEach((value, i) => view.setFloat64(i * FLOAT64_BYTES, value, true));
}

/** The exact bytes that datasetHash digests (exported for tests and for anyone re-implementing it). */
export function datasetHashBytes(dataset: Dataset): Uint8Array<ArrayBuffer> {
  const { inputSize, numClasses, train, test } = dataset;
  const head = new TextEncoder().encode(
    `${JSON.stringify(['activation-lab/dataset', DATASET_HASH_VERSION, inputSize, numClasses, dataset.classNames ?? [], train.xs.length, test.xs.length])}\n`,
  );
  const values = new Float64Array(splitValueCount(train, inputSize) + splitValueCount(test, inputSize));
  writeSplit(values, writeSplit(values, 0, train, inputSize), test, inputSize);
  const bytes = new Uint8Array(head.length + values.length * FLOAT64_BYTES);
  bytes.set(head, 0);
  writeValues(bytes, head.length, values);
  return bytes;
}

export async function datasetHash(dataset: Dataset): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new Error('Hashing a data set needs WebCrypto, which browsers offer only on https or localhost pages.');
  const digest = new Uint8Array(await subtle.digest('SHA-256', datasetHashBytes(dataset)));
  return HASH_PREFIX + Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
