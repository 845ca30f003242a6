/**
 * In Node (unit tests, the experiment CLI and its workers, the notebooks' bundle) TensorFlow.js loads
 * with lab itself, so lab/tfjs.ts's `tf` works from the start, as cells and scripts expect.
 */
import * as api from './tfjs-node.ts';

export const preloadedTfjs: typeof api | undefined = api;

/** Node's TensorFlow.js is the whole umbrella package already: core, layers and all. */
export async function importTfjsCore(): Promise<typeof api> {
  return api;
}

export async function importTfjs(): Promise<typeof api> {
  return api;
}

export async function importFullTfjs(): Promise<typeof api> {
  return api;
}
