/** Every number the step-perceptron widget starts from and its settings. Shared by its markup and its module. */
import { describeSettings, seedSetting, type SettingsOf } from '../../ui/controls/settings-description';

export const PERCEPTRON_SETTINGS = describeSettings({
  seed: seedSetting(3, 'Same seed, same data and visiting order.'),
  noise: { kind: 'number', label: 'Noise', default: 0.25, min: 0, max: 0.5, step: 0.05, hint: '0 to 0.5; high noise makes the blobs overlap.' },
  learningRate: { kind: 'number', id: 'lr', label: 'Learning rate η', default: 1, min: 0.001, max: 10 },
  maxEpochs: { kind: 'integer', id: 'epochs', label: 'Max epochs', default: 100, min: 1, max: 1000 },
});
export type PerceptronSettings = SettingsOf<typeof PERCEPTRON_SETTINGS>;

/** Two blobs shifted off the origin (so the bias matters), spread enough that the rule needs several passes. */
export const PERCEPTRON_DATASET = { size: 100, testFraction: 0.5, offset: [1, 0.5] as [number, number] };
/** Every point trains the three-class unit: there is nothing to generalise, only to name. */
export const THREE_CLASS_DATASET = { size: 150, noise: 0, testFraction: 0 };
/** The three-class unit never settles; it is stopped here. */
export const THREE_CLASS_EPOCHS = 20;

export const DESCENT_STEPS = 50;
/** Inputs at which the chart asks the backward pass for the step's slope: −4 to 4 in steps of 0.1, 0 included. */
export const GRADIENT_SAMPLES = { min: -4, max: 4, count: 81 } as const;
/** A few of them, written out in the table under the chart. */
export const GRADIENT_TABLE_POINTS = [-3, -1, -0.1, 0, 0.1, 1, 3] as const;

/**
 * The first few epochs are shown one by one so the line can be seen moving (about eleven a second, so the
 * whole run stays near a second); later ones run at full speed.
 */
export const PACED_EPOCHS = 12;
export const PACE_MS = 90;

export const PLANE = { xMin: -7, xMax: 7, yMin: -7, yMax: 7 } as const;
export const GRID_RESOLUTION = 60;
export const MAP_MAX_SIZE = 360;
export const MAP_MIN_SIZE = 240;
