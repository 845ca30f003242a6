/** The dying-ReLU widget's controls, read into plain values (every number field validated). */
import { readNumberField } from '../../ui/number-field';

export interface DyingReluElements {
  seed: HTMLInputElement;
  learningRate: HTMLInputElement;
  epochs: HTMLInputElement;
  leakyAlpha: HTMLInputElement;
  chart: HTMLElement;
  chartCaption: HTMLElement;
  readout: HTMLElement;
  layers: HTMLElement;
  layersBody: HTMLElement;
}

export interface DyingReluSettings {
  seed: number;
  learningRate: number;
  epochs: number;
  leakyAlpha: number;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`dying-relu widget: #${id} is missing`);
  return element as T;
}

function partOf<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const element = root.querySelector<T>(`[data-part="${name}"]`);
  if (!element) throw new Error(`dying-relu widget: [data-part="${name}"] is missing`);
  return element;
}

export function findDyingReluElements(root: HTMLElement): DyingReluElements {
  const id = root.id;
  return {
    seed: byId(`${id}-seed`),
    learningRate: byId(`${id}-lr`),
    epochs: byId(`${id}-epochs`),
    leakyAlpha: byId(`${id}-alpha`),
    chart: byId(`${id}-chart`),
    chartCaption: byId(`${id}-chart-caption`),
    readout: partOf(root, 'readout'),
    layers: partOf(root, 'layers'),
    layersBody: partOf(root, 'layers-body'),
  };
}

export function numberFields(elements: DyingReluElements): HTMLInputElement[] {
  return [elements.seed, elements.learningRate, elements.epochs, elements.leakyAlpha];
}

export function readDyingReluSettings(elements: DyingReluElements): { ok: true; settings: DyingReluSettings } | { ok: false; reason: string } {
  const seed = readNumberField(elements.seed);
  const learningRate = readNumberField(elements.learningRate);
  const epochs = readNumberField(elements.epochs);
  const leakyAlpha = readNumberField(elements.leakyAlpha);
  if (!seed.ok) return seed;
  if (!learningRate.ok) return learningRate;
  if (!epochs.ok) return epochs;
  if (!leakyAlpha.ok) return leakyAlpha;
  return { ok: true, settings: { seed: seed.value, learningRate: learningRate.value, epochs: epochs.value, leakyAlpha: leakyAlpha.value } };
}
