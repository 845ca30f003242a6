import { elu } from './functions/elu.ts';
import { gelu } from './functions/gelu.ts';
import { geluTanh } from './functions/gelu-tanh.ts';
import { hardSigmoid } from './functions/hard-sigmoid.ts';
import { leakyRelu } from './functions/leaky-relu.ts';
import { linear } from './functions/linear.ts';
import { mish } from './functions/mish.ts';
import { prelu } from './functions/prelu.ts';
import { relu } from './functions/relu.ts';
import { relu6 } from './functions/relu6.ts';
import { selu } from './functions/selu.ts';
import { sigmoid } from './functions/sigmoid.ts';
import { softmax } from './functions/softmax.ts';
import { softplus } from './functions/softplus.ts';
import { softsign } from './functions/softsign.ts';
import { step } from './functions/step.ts';
import { swish } from './functions/swish.ts';
import { tanh } from './functions/tanh.ts';
import type { ActivationEntry, ScalarActivation } from './types.ts';

/** In reading order: the three kinds, the classic family, then the modern ones. */
const ACTIVATIONS: readonly ActivationEntry[] = Object.freeze([
  step, linear, sigmoid, tanh, relu, leakyRelu, prelu, elu, selu,
  softplus, softsign, softmax, swish, gelu, geluTanh, mish, hardSigmoid, relu6,
]);

export interface ListOptions {
  /** Only entries usable as a hidden-layer activation (everything but softmax). */
  hiddenOnly?: boolean;
}

export function listActivations(options: ListOptions = {}): readonly ActivationEntry[] {
  return options.hiddenOnly ? ACTIVATIONS.filter((entry) => entry.hiddenUsable) : ACTIVATIONS;
}

export function activationIds(): string[] {
  return ACTIVATIONS.map((entry) => entry.id);
}

export function hasActivation(id: string): boolean {
  return ACTIVATIONS.some((entry) => entry.id === id);
}

export function getActivation(id: string): ActivationEntry {
  const entry = ACTIVATIONS.find((candidate) => candidate.id === id);
  if (entry == null) {
    throw new Error(`Unknown activation "${id}". Valid ids: ${activationIds().join(', ')}.`);
  }
  return entry;
}

/** Like getActivation, for callers that need value() and derivative() (every entry except softmax). */
export function getScalarActivation(id: string): ScalarActivation {
  const entry = getActivation(id);
  if (entry.kind !== 'scalar') {
    throw new Error(`"${id}" is a vector function; use vectorValue() and jacobian() instead of value() and derivative().`);
  }
  return entry;
}
