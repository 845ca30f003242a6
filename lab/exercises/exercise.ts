/** One checked exercise: an id the page uses (data-exercise) and a check the check cell calls. */
export interface ExerciseChecker {
  id: string;
  /** Returns what was tested when the answer is right; throws NotYet saying what is wrong otherwise. */
  check(answer: unknown): string | Promise<string>;
}
