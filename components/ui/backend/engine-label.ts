/**
 * What a demo's bar says trained its last run, in words a reader understands (lab's engine-words.ts):
 * "lab engine (checked against TensorFlow.js) · wasm" or "TensorFlow.js · wasm"; before any run, only
 * the tfjs backend that started. While TensorFlow.js is not loaded (no backend), the engine alone:
 * "lab engine (checked against TensorFlow.js)". A run trained in a Web Worker (demo-run/run-worker.ts)
 * adds where: "TensorFlow.js · wasm · in a background thread".
 */
import { describeEnginesUsed, type EngineName } from '../../../lab/index';

export const IN_WORKER_WORDS = 'in a background thread';

export function describeEngines(engines: readonly EngineName[], backend: string | undefined, inWorker = false): string {
  const where = inWorker && engines.length > 0 ? ` · ${IN_WORKER_WORDS}` : '';
  if (backend === undefined) return describeEnginesUsed(engines.length === 0 ? ['lab'] : engines) + where;
  return engines.length === 0 ? `backend: ${backend}` : `${describeEnginesUsed(engines)} · ${backend}${where}`;
}

/** The value of a demo root's data-engine: one engine's name, or "mixed". */
export function engineKey(engines: readonly EngineName[]): string {
  return engines.length === 1 ? engines[0]! : 'mixed';
}
