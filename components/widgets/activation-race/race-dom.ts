/** The race's controls: finding them and reading them into checked, plain values. */
import { hasActivation } from '../../../lab/index';
import { readTrainingFields } from '../../ui/training-fields';
import { widgetElementFinder } from '../../ui/widget-elements';
import { MAX_RACERS, MIN_RACERS } from './race-config';
import type { RaceSettings } from './race-training';

export interface RaceElements {
  racers: HTMLFieldSetElement;
  racersError: HTMLElement;
  seed: HTMLInputElement;
  learningRate: HTMLInputElement;
  epochs: HTMLInputElement;
  maps: HTMLElement;
  loss: HTMLElement;
  lossCaption: HTMLElement;
  resultRows: HTMLTableSectionElement;
  summary: HTMLElement;
}

type Reading<T> = ({ ok: true } & T) | { ok: false; reason: string };

export function findRaceElements(root: HTMLElement): RaceElements {
  const id = root.id;
  const { byId, part } = widgetElementFinder('activation race', root);
  return {
    racers: part<HTMLFieldSetElement>('racers'),
    racersError: part('racers-error'),
    seed: byId(`${id}-seed`),
    learningRate: byId(`${id}-lr`),
    epochs: byId(`${id}-epochs`),
    maps: part('maps'),
    loss: byId(`${id}-loss`),
    lossCaption: byId(`${id}-loss-caption`),
    resultRows: part('result-rows'),
    summary: part('summary'),
  };
}

/** Pure check of a selection, for the DOM reader below and for tests. */
export function checkRacers(ids: readonly string[]): Reading<{ ids: string[] }> {
  const known = ids.filter(hasActivation);
  if (known.length < MIN_RACERS) return { ok: false, reason: `Pick at least ${MIN_RACERS} activation to race.` };
  if (known.length > MAX_RACERS) return { ok: false, reason: `Pick at most ${MAX_RACERS} activations (${known.length} are ticked), so the charts stay readable.` };
  return { ok: true, ids: known };
}

/** The ticked activations, or why they cannot race (shown under the list). */
export function readRacers(elements: RaceElements): Reading<{ ids: string[] }> {
  const ticked = [...elements.racers.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => box.value);
  const reading = checkRacers(ticked);
  elements.racersError.textContent = reading.ok ? '' : reading.reason;
  return reading;
}

export function readRaceSettings(elements: RaceElements): Reading<{ settings: RaceSettings }> {
  const reading = readTrainingFields(elements);
  return reading.ok ? { ok: true, settings: reading.values } : reading;
}
