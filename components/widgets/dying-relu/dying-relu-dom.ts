/** The dying-ReLU widget's controls, read into plain values (every number field validated). */
import { readNumberFields } from '../../ui/controls/number-fields';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';

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

export function findDyingReluElements(root: HTMLElement): DyingReluElements {
  const id = root.id;
  const { byId, part } = widgetElementFinder('dying-relu widget', root);
  return {
    seed: byId(`${id}-seed`),
    learningRate: byId(`${id}-lr`),
    epochs: byId(`${id}-epochs`),
    leakyAlpha: byId(`${id}-alpha`),
    chart: byId(`${id}-chart`),
    chartCaption: byId(`${id}-chart-caption`),
    readout: part('readout'),
    layers: part('layers'),
    layersBody: part('layers-body'),
  };
}

export function numberFields(elements: DyingReluElements): HTMLInputElement[] {
  return [elements.seed, elements.learningRate, elements.epochs, elements.leakyAlpha];
}

export function readDyingReluSettings(elements: DyingReluElements): { ok: true; settings: DyingReluSettings } | { ok: false; reason: string } {
  const { seed, learningRate, epochs, leakyAlpha } = elements;
  const reading = readNumberFields({ seed, learningRate, epochs, leakyAlpha });
  return reading.ok ? { ok: true, settings: reading.values } : reading;
}
