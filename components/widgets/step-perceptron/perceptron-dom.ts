/** The step-perceptron widget's elements, and its settings form over them. */
import { numberField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
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

/** Seed, noise, learning rate and epochs, read and refused through one form. */
export function perceptronForm(elements: PerceptronElements): SettingsForm<PerceptronSettings> {
  return settingsForm<PerceptronSettings>({
    seed: numberField(elements.seed), noise: numberField(elements.noise), learningRate: numberField(elements.learningRate), maxEpochs: numberField(elements.maxEpochs),
  });
}
