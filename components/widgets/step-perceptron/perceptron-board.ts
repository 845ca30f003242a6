/**
 * What the step-perceptron widget shows: the data for the seed and noise, the unit the rule has found
 * so far, the gradient-descent comparison and the three-class outcome; and how each part draws (the
 * rule's map, moved in place while it learns; the step's gradient; the descent's loss; the three-class map).
 */
import { blobs, perceptronStart, threeBlobs, type Dataset, type UnitWeights } from '../../../lab/index';
import { readPalette, type ChartPalette } from '../../ui/charts/chart-palette';
import { clampWidth, placeholder } from '../../ui/charts/chart-slot';
import { describeLossCurve, renderLossCurve } from '../../ui/charts/loss-curve';
import { lastMade } from '../../ui/comparison/arm-plan';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';
import { DecisionMapSlot } from '../../ui/live-maps/decision-map-slot';
import { datasetPoints } from '../../ui/live-maps/plane-chart';
import { unitBoundary } from '../../ui/live-maps/unit-plane';
import { formatTiny } from '../../ui/text/number-format';
import { renderGradientChart, renderThreeClassMap } from './perceptron-charts';
import { stepGrid, type DescentComparison, type GradientSample, type ThreeClassOutcome } from './perceptron-runs';
import { describeDescent, describeGradientSamples, describePerceptronStart, describeThreeClass } from './perceptron-text';
import { DESCENT_STEPS, MAP_MAX_SIZE, MAP_MIN_SIZE, PERCEPTRON_DATASET, PLANE, THREE_CLASS_DATASET } from './step-perceptron-config';

const IDLE_PERCEPTRON_TEXT = 'Press Train to start the perceptron rule from w = (0, 0), b = 0.';
const IDLE_DESCENT_TEXT = 'Press Train to run gradient descent on the same step unit.';
const IDLE_THREE_TEXT = 'Press Train to fit one step unit to these three classes with the perceptron rule.';
const DESCENT_PLACEHOLDER = 'Press Train to see the loss over the gradient-descent steps.';
const GRADIENT_MAX_WIDTH = 360;

export type PerceptronElements = ReturnType<typeof findPerceptronElements>;

export function findPerceptronElements(root: HTMLElement) {
  const { byId, part } = widgetElementFinder('step-perceptron widget', root);
  const figure = (name: string) => ({ chart: byId(`${root.id}-${name}`), caption: byId(`${root.id}-${name}-caption`) });
  return {
    blobs: figure('blobs'),
    gradient: figure('gradient'),
    descent: figure('descent'),
    three: figure('three'),
    perceptronText: part('perceptron-text'),
    gradientCells: [...root.querySelectorAll<HTMLElement>('[data-part="gradient-value"]')],
    descentText: part('descent-text'),
    threeText: part('three-text'),
  };
}

export const ALL_PARTS = ['rule', 'gradient', 'descent', 'three'] as const;

export class PerceptronBoard {
  data!: { blobs: Dataset; three: Dataset };
  unit?: UnitWeights;
  perceptronText = IDLE_PERCEPTRON_TEXT;
  descent?: DescentComparison;
  threeOutcome?: ThreeClassOutcome;
  readonly #el: PerceptronElements;
  readonly #gradient: readonly GradientSample[];
  /** Both data sets of a seed and noise, made again only when either changes. */
  readonly #dataFor = lastMade(
    ([seed, noise]: [number, number]) => ({ blobs: blobs({ ...PERCEPTRON_DATASET, noise, seed }), three: threeBlobs({ ...THREE_CLASS_DATASET, seed }) }),
    (key) => key.join('/'),
  );
  /** The rule's map is drawn once per size, theme and data, then recoloured and its line moved as the unit learns. */
  readonly #ruleMap: DecisionMapSlot;

  constructor(elements: PerceptronElements, gradient: readonly GradientSample[]) {
    this.#el = elements;
    this.#gradient = gradient;
    this.#ruleMap = new DecisionMapSlot(elements.blobs.chart);
    // The table under the gradient chart: the slope at a few of the sampled inputs, written once.
    const bySample = new Map(gradient.map((sample) => [sample.z, sample.slope]));
    for (const cell of elements.gradientCells) {
      const slope = bySample.get(Number(cell.dataset.z));
      cell.textContent = slope === undefined ? '–' : formatTiny(slope);
    }
  }

  /** The data sets for this seed and noise; true when they changed. */
  useData(seed: number, noise: number): boolean {
    const data = this.#dataFor([seed, noise]);
    if (data === this.data) return false;
    this.data = data;
    this.clear();
    return true;
  }

  clear(): void {
    this.unit = undefined;
    this.perceptronText = IDLE_PERCEPTRON_TEXT;
    this.descent = undefined;
    this.threeOutcome = undefined;
  }

  /** A run's start: the outcomes cleared and the unit the rule starts from, drawn before the first epoch. */
  start(): void {
    this.clear();
    this.unit = perceptronStart(this.data.blobs.inputSize);
    this.perceptronText = describePerceptronStart(this.unit);
  }

  draw(part: string, width: (element: HTMLElement) => number): void {
    const el = this.#el;
    const palette = readPalette();
    const size = clampWidth(width(el.blobs.chart), MAP_MIN_SIZE, MAP_MAX_SIZE);
    const chartWidth = clampWidth(width(el.gradient.chart), 240, GRADIENT_MAX_WIDTH);
    if (part === 'rule') {
      // At the start (w = 0) there is no line: w·x + b is 0 everywhere.
      const boundary = this.unit && unitBoundary(this.unit, PLANE);
      const points = datasetPoints(this.data.blobs);
      const text = `${points.length} points in two classes. Background: the step unit's output (0 or 1) over the plane; ` +
        (boundary ? 'dashed line: where w·x + b = 0.' : 'no line yet.');
      el.blobs.caption.textContent = text;
      this.#ruleMap.show({
        grid: stepGrid(this.unit), points, colourDomain: [0, 0.5, 1], palette, size,
        ariaLabel: `${text} Class 0 points are circles, class 1 points triangles. ${this.perceptronText}`, boundary,
      }, 'live');
      el.perceptronText.textContent = this.perceptronText;
    } else if (part === 'gradient') {
      const text = describeGradientSamples(this.#gradient);
      el.gradient.caption.textContent = text;
      el.gradient.chart.replaceChildren(renderGradientChart(this.#gradient, palette, chartWidth, text));
    } else if (part === 'descent') {
      this.#drawDescent(chartWidth);
    } else {
      this.#drawThree(size, palette);
    }
  }

  #drawThree(size: number, palette: ChartPalette): void {
    const el = this.#el;
    const text = `${datasetPoints(this.data.three).length} points in three classes (circles, triangles, squares). Background: one step unit's output; ` +
      (this.threeOutcome ? 'dashed line: its boundary.' : 'no unit trained yet.');
    el.three.caption.textContent = text;
    const readout = this.threeOutcome ? describeThreeClass(this.threeOutcome) : IDLE_THREE_TEXT;
    el.three.chart.replaceChildren(renderThreeClassMap(this.data.three, this.threeOutcome, palette, size, `${text} ${readout}`));
    el.threeText.textContent = readout;
  }

  #drawDescent(width: number): void {
    const { chart, caption } = this.#el.descent;
    const run = this.descent;
    if (!run) {
      caption.textContent = 'Loss of the step unit over gradient-descent steps: no run yet.';
      chart.replaceChildren(placeholder(DESCENT_PLACEHOLDER));
      this.#el.descentText.textContent = IDLE_DESCENT_TEXT;
      return;
    }
    const history = run.step.history.map((entry) => ({ epoch: entry.step, loss: entry.loss }));
    caption.textContent = `${describeLossCurve(history)} Each of the ${DESCENT_STEPS} gradient-descent steps uses the whole training split, so a step is an epoch.`;
    chart.replaceChildren(renderLossCurve({ history, totalEpochs: DESCENT_STEPS, palette: readPalette(), width, height: 170 }));
    this.#el.descentText.textContent = describeDescent(run);
  }
}
