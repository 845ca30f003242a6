/** The step-perceptron widget's elements. */
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';

export type PerceptronElements = ReturnType<typeof findPerceptronElements>;

export function findPerceptronElements(root: HTMLElement) {
  const id = root.id;
  const { byId, part } = widgetElementFinder('step-perceptron widget', root);
  const figure = (figureId: string) => ({ chart: byId(figureId), caption: byId(`${figureId}-caption`) });
  return {
    seed: byId<HTMLInputElement>(`${id}-seed`),
    noise: byId<HTMLInputElement>(`${id}-noise`),
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
