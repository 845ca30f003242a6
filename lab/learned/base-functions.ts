/**
 * The base functions a learned activation mixes: each is a catalog entry at fixed parameters, so the
 * tfjs op (for training) and the plain-number function (for plots and checks) are the catalog's own.
 */
import type { tf } from '../tfjs.ts';
import { getScalarActivation } from '../activations/catalog.ts';

export const BASE_FUNCTION_IDS = ['identity', 'relu', 'tanh', 'sigmoid', 'swish'] as const;
export type BaseFunctionId = (typeof BASE_FUNCTION_IDS)[number];

/** The mix the chapter and Manessi and Rozza's abstract start from. */
export const DEFAULT_BASE_FUNCTIONS: readonly BaseFunctionId[] = Object.freeze(['identity', 'relu', 'tanh']);

export const MIN_BASE_FUNCTIONS = 2;

interface BaseFunctionSpec {
  label: string;
  catalogId: string;
  params: Readonly<Record<string, number>>;
}

const SPECS: Readonly<Record<BaseFunctionId, BaseFunctionSpec>> = {
  identity: { label: 'identity', catalogId: 'linear', params: { c: 1 } },
  relu: { label: 'ReLU', catalogId: 'relu', params: {} },
  tanh: { label: 'tanh', catalogId: 'tanh', params: {} },
  sigmoid: { label: 'sigmoid', catalogId: 'sigmoid', params: {} },
  swish: { label: 'Swish-1', catalogId: 'swish', params: { beta: 1 } },
};

/** The catalog entry and parameters behind a base function. */
export function baseFunctionSpec(id: BaseFunctionId): Readonly<BaseFunctionSpec> {
  return SPECS[id];
}

export function isBaseFunctionId(id: unknown): id is BaseFunctionId {
  return typeof id === 'string' && (BASE_FUNCTION_IDS as readonly string[]).includes(id);
}

export function baseFunctionLabel(id: BaseFunctionId): string {
  return SPECS[id].label;
}

/** f(x) for one number, from the catalog's double-precision value(). */
export function baseValue(id: BaseFunctionId, x: number): number {
  const spec = SPECS[id];
  return getScalarActivation(spec.catalogId).value(x, spec.params);
}

/** f applied elementwise to a tensor (differentiable); call inside tf.tidy. */
export function applyBase(id: BaseFunctionId, x: tf.Tensor): tf.Tensor {
  const spec = SPECS[id];
  return getScalarActivation(spec.catalogId).apply(x, spec.params);
}

/** The base set checked (order kept); throws with a message saying what to change. */
export function checkBaseFunctions(ids: readonly unknown[]): BaseFunctionId[] {
  if (!Array.isArray(ids)) throw new Error('Learned activation: bases must be a list of base function ids.');
  const unknown = ids.filter((id) => !isBaseFunctionId(id));
  if (unknown.length > 0) {
    throw new Error(`Learned activation: unknown base function ${unknown.map(String).join(', ')}; use ${BASE_FUNCTION_IDS.join(', ')}.`);
  }
  if (new Set(ids).size !== ids.length) throw new Error('Learned activation: each base function may appear only once.');
  if (ids.length < MIN_BASE_FUNCTIONS) {
    throw new Error(`Learned activation: mix at least ${MIN_BASE_FUNCTIONS} base functions, got ${ids.length}.`);
  }
  return ids.slice() as BaseFunctionId[];
}
