/** Shared expectations for the exercise checkers: a right answer passes, a wrong one is refused with a reason. */
import { expect } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { checkExercise, NotYet } from '../../../lab/index.ts';

/** Passes the answer and checks that no tensor outlives the check. */
export async function expectSolved(id: string, answer: unknown): Promise<string> {
  const before = tf.memory().numTensors;
  const message = await checkExercise(id, answer);
  expect(message).toMatch(/^Correct: /);
  expect(tf.memory().numTensors, 'tensors left behind by the check').toBe(before);
  return message;
}

/** Refuses the answer with a NotYet whose message matches `reason`, and leaves no tensor behind. */
export async function expectRefused(id: string, answer: unknown, reason: RegExp): Promise<void> {
  const before = tf.memory().numTensors;
  const error = await checkExercise(id, answer).then(
    () => { throw new Error(`exercise "${id}" accepted a wrong answer`); },
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(NotYet);
  expect((error as Error).name).toBe('Not yet');
  expect((error as Error).message).toMatch(reason);
  expect(tf.memory().numTensors, 'tensors left behind by the refusal').toBe(before);
}
