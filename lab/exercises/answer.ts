/**
 * Reading what the reader's answer cell defined: check that it has the right kind, call it without
 * letting its errors escape as anything but a clear "Not yet", and turn tensors or arrays into numbers.
 */
import type { tf } from '../tfjs.ts';
import { formatValue } from './format.ts';
import { NotYet } from './not-yet.ts';

// The reader's code can take and return anything; each checker says what it expects.
export type AnswerFunction = (...args: any[]) => unknown;

/** Duck-typed, so a tensor made by any copy of tfjs counts. */
export function isTensor(value: unknown): value is tf.Tensor {
  const candidate = value as Partial<tf.Tensor> | null;
  return typeof candidate?.dataSync === 'function' && Array.isArray(candidate.shape);
}

/** What a value is, for a message: its kind and size, not its contents. */
export function describeKind(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (isTensor(value)) return `a tensor of shape [${value.shape.join(', ')}]`;
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'number') return `the number ${formatValue(value)}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'string') return `the text "${value.slice(0, 40)}"`;
  return `a ${typeof value}`;
}

export function requireFunction(answer: unknown, name: string, shape: string): AnswerFunction {
  if (typeof answer === 'function') return answer as AnswerFunction;
  throw new NotYet(`\`${name}\` should be a function ${shape}, but it is ${describeKind(answer)}. Edit the answer cell, then press Check.`);
}

export function requireNumber(answer: unknown, name: string): number {
  if (typeof answer === 'number' && Number.isFinite(answer)) return answer;
  throw new NotYet(`\`${name}\` should be a finite number, but it is ${describeKind(answer)}.`);
}

function isThenable(value: unknown): boolean {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** Calls the reader's function; a throw or a promise becomes a Not yet that names the call. */
export function callAnswer(fn: AnswerFunction, name: string, args: readonly unknown[], argsText: string): unknown {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new NotYet(`${name}(${argsText}) threw ${reason}`);
  }
  if (isThenable(result)) throw new NotYet(`${name}(${argsText}) returned a Promise; return the value itself, without async or await.`);
  return result;
}

/** A number, or a tensor holding exactly one. */
export function readNumber(value: unknown, what: string): number {
  if (typeof value === 'number') return value;
  if (isTensor(value) && value.size === 1) return value.dataSync()[0]!;
  throw new NotYet(`${what} should be a number, but it is ${describeKind(value)}.`);
}

/** `length` numbers from a tensor, a (nested) array or a typed array, in row-major order. */
export function readNumbers(value: unknown, what: string, length: number): number[] {
  let numbers: number[] | undefined;
  if (isTensor(value)) numbers = Array.from(value.dataSync());
  else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) numbers = Array.from(value as Float32Array);
  else if (Array.isArray(value)) {
    const flat: unknown[] = value.flat(Infinity);
    if (flat.every((item) => typeof item === 'number')) numbers = flat as number[];
  }
  if (!numbers) throw new NotYet(`${what} should be a tensor or an array of numbers, but it is ${describeKind(value)}.`);
  if (numbers.length !== length) throw new NotYet(`${what} should hold ${length} numbers, one per input, but it holds ${numbers.length}.`);
  return numbers;
}
