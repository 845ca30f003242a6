/**
 * Chooses the tfjs backend for widgets. 'cpu' for now: on this class of machine (no GPU) it is
 * dependable and deterministic; the performance work will measure wasm against it.
 */
import * as tf from '@tensorflow/tfjs';

export const DEFAULT_BACKEND = 'cpu';

/** Switches to `preferred` (falling back to tfjs's own choice) and returns the backend in use. */
export async function prepareBackend(preferred: string = DEFAULT_BACKEND): Promise<string> {
  const switched = await tf.setBackend(preferred);
  await tf.ready();
  if (!switched) console.warn(`tfjs backend "${preferred}" unavailable; using ${tf.getBackend()}`);
  return tf.getBackend();
}

/** Tensors alive right now; widgets check it returns to its starting value after a run. */
export function liveTensorCount(): number {
  return tf.memory().numTensors;
}
