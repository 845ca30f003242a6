/** Every number the activation race starts from and its settings, shared by its markup and its module. */
import { hasActivation, listActivations } from '../../../lab/index';
import { defaultsOf, describeSettings, seedSetting, type SettingsOf } from '../../ui/controls/settings-description';
import type { FieldReading } from '../../ui/controls/settings-form';

/** Raced by default: the classic hidden activations and Swish, so the reader sees fast and slow ones. */
export const DEFAULT_RACERS: readonly string[] = Object.freeze(['relu', 'tanh', 'swish', 'sigmoid']);
export const MIN_RACERS = 1;
/** Six colours, dash patterns and markers tell the runs apart (components/ui/series-style.ts). */
export const MAX_RACERS = 6;

/** TensorFlow Playground's two-arm spiral: 500 points, half for testing. */
export const RACE_DATASET = { id: 'spiral', size: 500, noise: 0, testFraction: 0.5 } as const;

/** The same network for every run: 2 → 16 → 16 → 1, inputs scaled from [−5, 5] to [−1, 1]. */
export const RACE_MODEL = { hidden: [16, 16], inputScale: 0.2 } as const;

/** Each run stops as soon as its test accuracy reaches this; the race's goal is that the best one does. */
export const RACE_TARGET = 0.95;

/** Adam on the whole training set each epoch: the quickest way to a fair comparison here. */
export const RACE_OPTIMIZER = 'adam';
export const EVALUATE_EVERY = 10;
/** Decision maps: a coarse grid, refreshed at most this often while a run trains. */
export const GRID_RESOLUTION = 32;
export const GRID_INTERVAL_MS = 300;

/** Pure check of a selection, for the field below and for tests. */
export function checkRacers(ids: readonly string[]): FieldReading<string[]> {
  const known = ids.filter(hasActivation);
  if (known.length < MIN_RACERS) return { ok: false, reason: `Pick at least ${MIN_RACERS} activation to race.` };
  if (known.length > MAX_RACERS) return { ok: false, reason: `Pick at most ${MAX_RACERS} activations (${known.length} are ticked), so the charts stay readable.` };
  return { ok: true, value: known };
}

export const RACE_SETTINGS = describeSettings({
  racers: {
    kind: 'checklist', label: `Activations to race (${MIN_RACERS} to ${MAX_RACERS})`, default: DEFAULT_RACERS, check: checkRacers,
    options: listActivations({ hiddenOnly: true }).map((entry) => ({ value: entry.id, label: entry.name })),
  },
  seed: seedSetting(2),
  learningRate: { kind: 'number', id: 'lr', label: 'Learning rate', default: 0.08, min: 0.0001, max: 1 },
  epochs: { kind: 'integer', label: 'Epochs per run (at most)', default: 300, min: 10, max: 3000 },
});
export type RaceSettings = SettingsOf<typeof RACE_SETTINGS>;
export const RACE_DEFAULTS = defaultsOf(RACE_SETTINGS);
