/** The race's controls: finding them and reading them into checked, plain values. */
import { hasActivation } from '../../../lab/activations/index';
import { readNumberField } from '../../ui/number-field';
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
  const byId = <T extends HTMLElement>(suffix: string): T => {
    const found = document.getElementById(`${root.id}-${suffix}`);
    if (!found) throw new Error(`activation race: #${root.id}-${suffix} is missing`);
    return found as T;
  };
  const part = <T extends HTMLElement>(name: string): T => {
    const found = root.querySelector<T>(`[data-part="${name}"]`);
    if (!found) throw new Error(`activation race: [data-part="${name}"] is missing`);
    return found;
  };
  return {
    racers: part<HTMLFieldSetElement>('racers'),
    racersError: part('racers-error'),
    seed: byId('seed'),
    learningRate: byId('lr'),
    epochs: byId('epochs'),
    maps: part('maps'),
    loss: byId('loss'),
    lossCaption: byId('loss-caption'),
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
  const seed = readNumberField(elements.seed);
  const learningRate = readNumberField(elements.learningRate);
  const epochs = readNumberField(elements.epochs);
  if (!seed.ok) return seed;
  if (!learningRate.ok) return learningRate;
  if (!epochs.ok) return epochs;
  return { ok: true, settings: { seed: seed.value, learningRate: learningRate.value, epochs: epochs.value } };
}
