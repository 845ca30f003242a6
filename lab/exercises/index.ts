export { checkExercise, exerciseIds } from './registry.ts';
export { NotYet } from './not-yet.ts';
export { TRUNCATED_AT_TWO_VARIANCE } from './choosing-exercises.ts';
export type { ExerciseChecker } from './exercise.ts';
