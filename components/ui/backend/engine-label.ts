/**
 * What a demo's bar says trained its last run, in words a reader understands (lab's engine-words.ts):
 * "lab engine (checked against TensorFlow.js) · wasm" or "TensorFlow.js · wasm"; before any run, only
 * the tfjs backend that started. While TensorFlow.js is not loaded (no backend), the engine alone:
 * "lab engine (checked against TensorFlow.js)".
 */
import { describeEnginesUsed, type EngineName } from '../../../lab/index';

export function describeEngines(engines: readonly EngineName[], backend: string | undefined): string {
  if (backend === undefined) return describeEnginesUsed(engines.length === 0 ? ['lab'] : engines);
  return engines.length === 0 ? `backend: ${backend}` : `${describeEnginesUsed(engines)} · ${backend}`;
}

/** The value of a demo root's data-engine: one engine's name, or "mixed". */
export function engineKey(engines: readonly EngineName[]): string {
  return engines.length === 1 ? engines[0]! : 'mixed';
}
