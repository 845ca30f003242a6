/** Every number the bias race starts from and its settings, shared by its markup and its module. */
import { BIAS_BLOBS, BIAS_CLASSIFIER_TRAINING, BIAS_LINE, BIAS_NETWORK, BIAS_REGRESSION_TRAINING, DEFAULT_BIAS_SEED, DEFAULT_SHIFT, MAX_SHIFT, MIN_SHIFT } from '../../../lab/index';
import { defaultsOf, describeSettings, seedSetting, type SettingsOf } from '../../ui/controls/settings-description';

/** The with-bias network must reach this test accuracy; the race is done when all four runs finish. */
export const BIAS_TARGET = 0.97;

export const BIAS_RACE_SETTINGS = describeSettings({
  seed: seedSetting(DEFAULT_BIAS_SEED),
  shift: {
    kind: 'number', label: 'Shift from the origin', default: DEFAULT_SHIFT, min: MIN_SHIFT, max: MAX_SHIFT, step: 0.5,
    hint: `${MIN_SHIFT} (centred) to ${MAX_SHIFT}`,
  },
  epochs: { kind: 'integer', label: 'Epochs (blobs)', default: BIAS_CLASSIFIER_TRAINING.epochs, min: 10, max: 2000 },
});
export type BiasRaceSettings = SettingsOf<typeof BIAS_RACE_SETTINGS>;
export const BIAS_RACE_DEFAULTS = defaultsOf(BIAS_RACE_SETTINGS);

export const REGRESSION_EPOCHS = BIAS_REGRESSION_TRAINING.epochs;
export const TEST_POINTS = Math.round(BIAS_BLOBS.size * BIAS_BLOBS.testFraction);
export const TRAIN_POINTS = BIAS_BLOBS.size - TEST_POINTS;
export const LAYERS = `2 → ${BIAS_NETWORK.hidden.join(' → ')} → 1`;
export const LINE = BIAS_LINE;

export const GRID_RESOLUTION = 40;
export const GRID_INTERVAL_MS = 250;
/** The two networks, in the order the page shows them. */
export const ARM_TITLES = { without: 'Without biases', with: 'With biases' } as const;
export type ArmKey = keyof typeof ARM_TITLES;
export const ARM_KEYS = Object.keys(ARM_TITLES) as ArmKey[];

/** Room around the data (and the origin) on the decision maps, in input units. */
export const PLANE_PADDING = 1;
