/** The step-perceptron widget's elements, and its settings form over them. */
import { numberField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';
import type { PerceptronSettings } from './perceptron-runs';

export type PerceptronElements = ReturnType<typeof findPerceptronElements>;

export function findPerceptronElements(root: HTMLElement) {
  const id = root.id;
  const { byId, part } = widgetElementFinder('step-perceptron widget', root);
  const figure = (figureId: string) => ({ chart: byId(figureId), caption: byId(`${figureId}-caption`) });
  return {
    seed: byId<HTMLInputElement>(`${id}-seed`),
    noise: byId<HTMLInputElement>(`${id}-noise`),
    learningRate: byId<HTMLInputElement>(`${id}-lr`),
    maxEpochs: byId<HTMLInputElement>(`${id}-epochs`),
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
