/** The seed, learning-rate and epoch fields most trainable widgets share, read in that order. */
import { readNumberFields, type NumberFieldsReading } from './number-fields';

export interface TrainingFields {
  seed: HTMLInputElement;
  learningRate: HTMLInputElement;
  epochs: HTMLInputElement;
}

export type TrainingFieldValues = Record<keyof TrainingFields, number>;

export function readTrainingFields({ seed, learningRate, epochs }: TrainingFields): NumberFieldsReading<keyof TrainingFields> {
  return readNumberFields({ seed, learningRate, epochs });
}
