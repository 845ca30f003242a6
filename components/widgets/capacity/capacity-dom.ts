/** The capacity widget's controls and output slots: finding them, and reading the settings into checked values. */
import { isDepth, type Depth } from '../../../lab/index';
import { readNumberField } from '../../ui/number-field';

export interface CapacityElements {
  depth: HTMLSelectElement;
  seed: HTMLInputElement;
  epochs: HTMLInputElement;
  width: HTMLInputElement;
  widthValue: HTMLOutputElement;
  reading: HTMLElement;
  sweep: HTMLElement;
  sweepCaption: HTMLElement;
  map: HTMLElement;
  mapCaption: HTMLElement;
  curves: HTMLElement;
  curvesCaption: HTMLElement;
  resultRows: HTMLTableSectionElement;
  summary: HTMLElement;
}

export interface CapacitySettings {
  depth: Depth;
  seed: number;
  epochs: number;
}

export function findCapacityElements(root: HTMLElement): CapacityElements {
  const byId = <T extends HTMLElement>(suffix: string): T => {
    const found = document.getElementById(`${root.id}-${suffix}`);
    if (!found) throw new Error(`capacity widget: #${root.id}-${suffix} is missing`);
    return found as T;
  };
  const part = <T extends HTMLElement>(name: string): T => {
    const found = root.querySelector<T>(`[data-part="${name}"]`);
    if (!found) throw new Error(`capacity widget: [data-part="${name}"] is missing`);
    return found;
  };
  return {
    depth: byId('depth'),
    seed: byId('seed'),
    epochs: byId('epochs'),
    width: byId('width'),
    widthValue: part('width-value'),
    reading: part('reading'),
    sweep: byId('sweep'),
    sweepCaption: byId('sweep-caption'),
    map: byId('map'),
    mapCaption: byId('map-caption'),
    curves: byId('curves'),
    curvesCaption: byId('curves-caption'),
    resultRows: part('result-rows'),
    summary: part('summary'),
  };
}

export function readDepth(elements: CapacityElements): Depth | undefined {
  const depth = Number(elements.depth.value);
  return isDepth(depth) ? depth : undefined;
}

/** The settings, or the first refusal reason (each number field also shows its own). */
export function readCapacitySettings(elements: CapacityElements): { ok: true; settings: CapacitySettings } | { ok: false; reason: string } {
  const seed = readNumberField(elements.seed);
  const epochs = readNumberField(elements.epochs);
  const depth = readDepth(elements);
  if (depth === undefined) return { ok: false, reason: 'Choose 1 or 2 hidden layers.' };
  if (!seed.ok) return seed;
  if (!epochs.ok) return epochs;
  return { ok: true, settings: { depth, seed: seed.value, epochs: epochs.value } };
}

/** Points the width slider at one of `count` widths and says which, for eyes and for screen readers. */
export function showWidthChoice(elements: CapacityElements, widths: readonly number[], index: number): void {
  const { width, widthValue } = elements;
  width.max = String(widths.length - 1);
  width.value = String(index);
  const text = `${widths[index]} units`;
  width.setAttribute('aria-valuetext', text);
  widthValue.textContent = text;
}
