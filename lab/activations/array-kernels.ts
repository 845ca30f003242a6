/**
 * The array engine's view of the catalog: which kernel computes the activation a tfjs Dense layer
 * names (e.g. 'relu'), taken from the entry whose built-in name it is. Every kernel is written in its
 * catalog entry; this file only finds it.
 */
import { listActivations } from './catalog.ts';
import type { ActivationEntry, ArrayKernel } from './types.ts';

/** The catalog entry tfjs means by this activation name, when that entry has an array kernel. */
function entryWithKernel(tfjsName: string): ActivationEntry | undefined {
  return listActivations().find((entry) => entry.tfjsBuiltin() === tfjsName && entry.arrayKernel?.() !== undefined);
}

export function arrayKernelFor(tfjsName: string): ArrayKernel | undefined {
  return entryWithKernel(tfjsName)?.arrayKernel?.();
}

/** The tfjs op of the entry behind this name, for a Dense layer's forward pass; undefined when it has no array kernel. */
export function exactTfjsOpFor(tfjsName: string): ActivationEntry['apply'] | undefined {
  const entry = entryWithKernel(tfjsName);
  return entry ? (x) => entry.apply(x) : undefined;
}
