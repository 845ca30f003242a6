/** The bias race's controls and output slots: finding them, and reading the settings into checked values. */
import { readNumberFields } from '../../ui/number-fields';

export type ArmKey = 'without' | 'with';
export const ARM_KEYS: readonly ArmKey[] = ['without', 'with'];

export interface MapSlot {
  chart: HTMLElement;
  caption: HTMLElement;
}

export interface BiasRaceElements {
  seed: HTMLInputElement;
  shift: HTMLInputElement;
  epochs: HTMLInputElement;
  maps: Readonly<Record<ArmKey, MapSlot>>;
  line: HTMLElement;
  lineCaption: HTMLElement;
  results: HTMLTableElement;
  summary: HTMLElement;
}

export interface BiasRaceSettings {
  seed: number;
  shift: number;
  epochs: number;
}

export function findBiasRaceElements(root: HTMLElement): BiasRaceElements {
  const byId = <T extends HTMLElement>(suffix: string): T => {
    const found = document.getElementById(`${root.id}-${suffix}`);
    if (!found) throw new Error(`bias race: #${root.id}-${suffix} is missing`);
    return found as T;
  };
  const part = <T extends HTMLElement>(name: string): T => {
    const found = root.querySelector<T>(`[data-part="${name}"]`);
    if (!found) throw new Error(`bias race: [data-part="${name}"] is missing`);
    return found;
  };
  const map = (key: ArmKey): MapSlot => ({ chart: byId(`map-${key}`), caption: byId(`map-${key}-caption`) });
  return {
    seed: byId('seed'),
    shift: byId('shift'),
    epochs: byId('epochs'),
    maps: { without: map('without'), with: map('with') },
    line: byId('line'),
    lineCaption: byId('line-caption'),
    results: part('results'),
    summary: part('summary'),
  };
}

/** The settings, or the first refusal reason (each field also shows its own). */
export function readBiasRaceSettings(elements: BiasRaceElements): { ok: true; settings: BiasRaceSettings } | { ok: false; reason: string } {
  const { seed, shift, epochs } = elements;
  const reading = readNumberFields({ seed, shift, epochs });
  return reading.ok ? { ok: true, settings: reading.values } : reading;
}

/** Writes one cell of the results table, e.g. ('accuracy', 'with', '100.0 %'). */
export function writeResult(table: HTMLTableElement, measure: string, arm: ArmKey, text: string): void {
  const cell = table.querySelector<HTMLElement>(`[data-result="${measure}-${arm}"]`);
  if (cell) cell.textContent = text;
}
