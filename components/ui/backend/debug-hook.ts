/**
 * A read-only window into tfjs for the benchmark and end-to-end tests, present only when the page
 * address has ?debug-tensors: window.__activationLabDebug.memory().numTensors is the live tensor count
 * of the very tfjs module the widgets use (0 while TensorFlow.js is not loaded) and .backend() the
 * active backend ('none' before tfjs loads). Installed when a demo mounts or a backend starts.
 */
import { tensorsAlive, tfjsBackendName } from '../../../lab/index';

export const DEBUG_PARAM = 'debug-tensors';
export const DEBUG_GLOBAL = '__activationLabDebug';

export interface TfDebugHook {
  memory(): { numTensors: number };
  backend(): string;
}

export function installDebugHook(search: string = location.search): void {
  if (!new URLSearchParams(search).has(DEBUG_PARAM)) return;
  const hook: TfDebugHook = { memory: () => ({ numTensors: tensorsAlive() }), backend: () => tfjsBackendName() };
  Object.defineProperty(window, DEBUG_GLOBAL, { value: hook, configurable: true });
}
