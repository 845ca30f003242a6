/**
 * How the site and the CLI name the engines to a reader: lab's array engine says it is checked
 * against TensorFlow.js (tests/unit/array-engine-activations.test.ts), TensorFlow.js is itself.
 */
import type { EngineChoice, EngineName } from '../types.ts';

export const ENGINE_NAMES: readonly EngineName[] = ['lab', 'tfjs'];

export const ENGINE_WORDS: Readonly<Record<EngineName, string>> = {
  lab: 'lab engine (checked against TensorFlow.js)',
  tfjs: 'TensorFlow.js',
};

/** What each choice means, for a setting's options and the CLI's help. */
export const ENGINE_CHOICE_WORDS: Readonly<Record<EngineChoice, string>> = {
  auto: 'fast lab engine where it applies',
  lab: 'lab engine only',
  tfjs: 'TensorFlow.js',
};

/** The engines that trained these runs, lab's first, each once. */
export function enginesUsed(records: readonly { engine?: EngineName | undefined }[]): EngineName[] {
  return ENGINE_NAMES.filter((engine) => records.some((record) => record.engine === engine));
}

/** "TensorFlow.js", or "lab engine (checked against TensorFlow.js) and TensorFlow.js" for runs split between them. */
export function describeEnginesUsed(engines: readonly EngineName[]): string {
  return engines.map((engine) => ENGINE_WORDS[engine]).join(' and ');
}
