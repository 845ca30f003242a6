/** Every number the neuron widget starts from, in one place. Shared by its markup and its module. */
import { describeSettings, seedSetting, type SettingsOf } from '../../ui/controls/settings-description';

export const NEURON_ACTIVATIONS = [
  { value: 'step', label: 'Step', short: 'step' },
  { value: 'linear', label: 'Linear (identity)', short: 'linear' },
  { value: 'sigmoid', label: 'Sigmoid', short: 'sigmoid' },
  { value: 'tanh', label: 'Tanh', short: 'tanh' },
  { value: 'relu', label: 'ReLU', short: 'ReLU' },
] as const;

export type NeuronActivationId = (typeof NEURON_ACTIVATIONS)[number]['value'];

/** Training always fits a sigmoid output with cross-entropy; the other choices are for exploring. */
export const TRAINING_ACTIVATION: NeuronActivationId = 'sigmoid';

export const WEIGHT_RANGE = { min: -6, max: 6, step: 0.01 } as const;
export const BIAS_RANGE = { min: -12, max: 12, step: 0.01 } as const;

export const NEURON_DEFAULTS = {
  w1: 1,
  w2: -0.5,
  b: 0,
  activation: 'step' as NeuronActivationId,
  point: [2, 1] as [number, number],
};

/** What a Train reads (the sliders, the activation and the point are the neuron itself, not settings). */
export const NEURON_SETTINGS = describeSettings({
  seed: seedSetting(3, 'Same seed, same data and result.'),
  learningRate: { kind: 'number', id: 'lr', label: 'Learning rate', default: 0.2, min: 0.001, max: 10 },
  epochs: { kind: 'integer', label: 'Epochs', default: 200, min: 1, max: 5000 },
});
export type TrainingSettings = SettingsOf<typeof NEURON_SETTINGS>;

/** The data set: lab's blobs, shifted so the best line misses the origin and the bias matters. */
export const NEURON_DATASET = { id: 'blobs', size: 200, noise: 0.25, testFraction: 0.5, offset: [1.5, 1] as [number, number] } as const;

/** The plane shown is at least this far from the origin in every direction. */
export const PLANE_HALF_WIDTH = 7;
export const PLANE_BOUNDS = { xMin: -PLANE_HALF_WIDTH, xMax: PLANE_HALF_WIDTH, yMin: -PLANE_HALF_WIDTH, yMax: PLANE_HALF_WIDTH } as const;
export const POINT_STEP = 0.25;
export const GRID_RESOLUTION = 64;
