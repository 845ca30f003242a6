/**
 * A read-only window into tfjs for the benchmark and end-to-end tests, present only when the page
 * address has ?debug-tensors: window.__activationLabDebug.memory() is tf.memory() and .backend() the
 * active backend, read from the very tfjs module the widgets use.
 */
import type { Tfjs } from '../../../lab/index';

export const DEBUG_PARAM = 'debug-tensors';
export const DEBUG_GLOBAL = '__activationLabDebug';

export interface TfDebugHook {
  memory(): tf.MemoryInfo;
  backend(): string;
}

export function installDebugHook(search: string, tf: Tfjs): void {
  if (!new URLSearchParams(search).has(DEBUG_PARAM)) return;
  const hook: TfDebugHook = { memory: () => tf.memory(), backend: () => tf.getBackend() };
  Object.defineProperty(window, DEBUG_GLOBAL, { value: hook, configurable: true });
}
