/**
 * The array engine's view of the catalog: which entry, at which parameters, a tfjs activation name
 * means (the name a Dense or Activation layer reports, e.g. 'relu' or 'hardSigmoid'), and that
 * entry's kernel. Every kernel is written in its catalog entry; this file only finds it.
 */
import { listActivations } from './catalog.ts';
import type { ActivationEntry, ArrayKernel, ParamValues } from './types.ts';

export interface BuiltinChoice {
  entry: ActivationEntry;
  params: ParamValues;
}

/** The defaults, and each listed choice of a switch-like parameter (hard sigmoid's TF.js form). */
function candidateParams(entry: ActivationEntry): ParamValues[] {
  const switches = entry.params.flatMap((spec) => (spec.choices ?? []).map((choice): ParamValues => ({ [spec.name]: choice.value })));
  return [{}, ...switches];
}

/** The catalog entry and parameters that compute exactly what tfjs computes for this activation name. */
export function builtinChoice(tfjsName: string): BuiltinChoice | undefined {
  for (const entry of listActivations()) {
    const params = candidateParams(entry).find((candidate) => entry.tfjsBuiltin(candidate) === tfjsName);
    if (params) return { entry, params };
  }
  return undefined;
}

export function arrayKernelFor(tfjsName: string): ArrayKernel | undefined {
  const found = builtinChoice(tfjsName);
  return found?.entry.arrayKernel?.(found.params);
}

/** The tfjs op of the entry behind this name, for a Dense layer's forward pass; undefined when it has no array kernel. */
export function exactTfjsOpFor(tfjsName: string): ActivationEntry['apply'] | undefined {
  const found = builtinChoice(tfjsName);
  if (!found?.entry.arrayKernel?.(found.params)) return undefined;
  const { entry, params } = found;
  return (x) => entry.apply(x, params);
}
