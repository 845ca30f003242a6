/** The race's settings: the ticked activations (checked here, shown under the list) and the training numbers. */
import { hasActivation } from '../../../lab/index';
import { checkboxGroupField, numberField, settingsForm, type FieldReading, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import { MAX_RACERS, MIN_RACERS } from './race-config';

export interface RaceSettings {
  racers: string[];
  seed: number;
  learningRate: number;
  epochs: number;
}

/** Pure check of a selection, for the field below and for tests. */
export function checkRacers(ids: readonly string[]): FieldReading<string[]> {
  const known = ids.filter(hasActivation);
  if (known.length < MIN_RACERS) return { ok: false, reason: `Pick at least ${MIN_RACERS} activation to race.` };
  if (known.length > MAX_RACERS) return { ok: false, reason: `Pick at most ${MAX_RACERS} activations (${known.length} are ticked), so the charts stay readable.` };
  return { ok: true, value: known };
}

export function raceForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<RaceSettings> {
  return settingsForm<RaceSettings>({
    racers: checkboxGroupField(find.part('racers'), find.part('racers-error'), checkRacers),
    seed: numberField(find.byId(`${root.id}-seed`)),
    learningRate: numberField(find.byId(`${root.id}-lr`)),
    epochs: numberField(find.byId(`${root.id}-epochs`)),
  });
}
