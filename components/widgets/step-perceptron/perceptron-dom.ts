/** The step-perceptron widget's elements, and its settings read (and refused) from them. */
import { readNumberField } from '../../ui/controls/number-field';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';
import type { PerceptronSettings } from './perceptron-runs';

export interface FigureElements {
  chart: HTMLElement;
  caption: HTMLElement;
}

export interface PerceptronElements {
  seed: HTMLInputElement;
  noise: HTMLInputElement;
  learningRate: HTMLInputElement;
  maxEpochs: HTMLInputElement;
  blobs: FigureElements;
  gradient: FigureElements;
  descent: FigureElements;
  three: FigureElements;
  perceptronText: HTMLElement;
  gradientCells: HTMLElement[];
  descentText: HTMLElement;
  threeText: HTMLElement;
}

export function findPerceptronElements(root: HTMLElement): PerceptronElements {
  const id = root.id;
  const { byId, part } = widgetElementFinder('step-perceptron widget', root);
  const figure = (figureId: string): FigureElements => ({ chart: byId(figureId), caption: byId(`${figureId}-caption`) });
  return {
    seed: byId(`${id}-seed`),
    noise: byId(`${id}-noise`),
    learningRate: byId(`${id}-lr`),
    maxEpochs: byId(`${id}-epochs`),
    blobs: figure(`${id}-blobs`),
    gradient: figure(`${id}-gradient`),
    descent: figure(`${id}-descent`),
    three: figure(`${id}-three`),
    perceptronText: part('perceptron-text'),
    gradientCells: [...root.querySelectorAll<HTMLElement>('[data-part="gradient-value"]')],
    descentText: part('descent-text'),
    threeText: part('three-text'),
  };
}

export type SettingsReading = { ok: true; settings: PerceptronSettings } | { ok: false; reason: string };

/** Every field is checked (each shows its own reason); the first refusal is returned. */
export function readPerceptronSettings(elements: PerceptronElements): SettingsReading {
  const seed = readNumberField(elements.seed);
  const noise = readNumberField(elements.noise);
  const learningRate = readNumberField(elements.learningRate);
  const maxEpochs = readNumberField(elements.maxEpochs);
  for (const reading of [seed, noise, learningRate, maxEpochs]) if (!reading.ok) return reading;
  if (!seed.ok || !noise.ok || !learningRate.ok || !maxEpochs.ok) return { ok: false, reason: 'a setting is invalid.' };
  return { ok: true, settings: { seed: seed.value, noise: noise.value, learningRate: learningRate.value, maxEpochs: maxEpochs.value } };
}
