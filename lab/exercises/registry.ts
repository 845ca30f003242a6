/** Every checked exercise in the guide, by the id its page gives it (data-exercise). */
import { BACKPROP_EXERCISES } from './backprop-exercises.ts';
import { BIAS_EXERCISES } from './bias-exercises.ts';
import { CHOOSING_EXERCISES } from './choosing-exercises.ts';
import type { ExerciseChecker } from './exercise.ts';
import { FAMILY_EXERCISES } from './family-exercises.ts';
import { FRAMEWORK_EXERCISES } from './framework-exercises.ts';
import { KINDS_EXERCISES } from './kinds-exercises.ts';
import { LEARNED_EXERCISES } from './learned-exercises.ts';
import { NEURON_EXERCISES } from './neuron-exercises.ts';
import { SWISH_EXERCISES } from './swish-exercises.ts';

/** In chapter order. */
const EXERCISES: readonly ExerciseChecker[] = [
  ...NEURON_EXERCISES, ...BIAS_EXERCISES, ...KINDS_EXERCISES, ...FAMILY_EXERCISES, ...BACKPROP_EXERCISES,
  ...SWISH_EXERCISES, ...LEARNED_EXERCISES, ...CHOOSING_EXERCISES, ...FRAMEWORK_EXERCISES,
];

export function exerciseIds(): string[] {
  return EXERCISES.map((exercise) => exercise.id);
}

/**
 * Checks a reader's answer to exercise `id`. Resolves to a sentence saying what passed; throws a
 * NotYet error saying what is wrong (which input, expected against got) when it is not right yet.
 */
export async function checkExercise(id: string, answer: unknown): Promise<string> {
  const exercise = EXERCISES.find((candidate) => candidate.id === id);
  if (!exercise) throw new Error(`There is no exercise "${id}". Known exercises: ${exerciseIds().join(', ')}.`);
  return exercise.check(answer);
}
