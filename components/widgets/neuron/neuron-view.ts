/**
 * The neuron widget's two parts: the plane (with the readout and the fit line beside it), drawn for
 * the current weights, activation and point; and the loss curve.
 */
import { getScalarActivation, type Dataset, type EpochMetrics } from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import { describeLossCurve, renderLossCurve } from '../../ui/charts/loss-curve';
import { PLANE_BOUNDS } from './neuron-config';
import { activationShortName, readActivation, writeParams, type NeuronElements } from './neuron-dom';
import type { NeuronParams } from './neuron-math';
import { describePlane, paintPlane, planeAriaLabel, planeSize, type DrawnPlane } from './neuron-plane';
import { countCorrect, describeFit, describePoint } from './neuron-readout';

const LOSS_HEIGHT = 170;
const LOSS_MAX_WIDTH = 760;
const LOSS_PLACEHOLDER = 'Press Train to see the loss fall.';

export class NeuronView {
  params: NeuronParams;
  point: [number, number];
  dataset: Dataset;
  history: EpochMetrics[] = [];
  totalEpochs: number;
  /** True from a Train until the reader moves a slider: the sliders show the trained weights. */
  following = false;
  #beyondSliders = false;
  #plane?: DrawnPlane;
  readonly #root: HTMLElement;
  readonly #el: NeuronElements;

  constructor(root: HTMLElement, elements: NeuronElements, state: { params: NeuronParams; point: [number, number]; dataset: Dataset; totalEpochs: number }) {
    this.#root = root;
    this.#el = elements;
    this.params = state.params;
    this.point = state.point;
    this.dataset = state.dataset;
    this.totalEpochs = state.totalEpochs;
  }

  /** The reader moved a slider: the weights are theirs again. */
  slidersMoved(params: NeuronParams): void {
    this.params = params;
    this.following = false;
    this.#beyondSliders = false;
  }

  get plot(): DrawnPlane['element'] | undefined {
    return this.#plane?.element;
  }

  draw(part: string, width: (element: HTMLElement) => number): void {
    if (part === 'loss') this.#drawLoss(width(this.#el.loss));
    else this.#drawPlane(width(this.#el.plane));
  }

  #drawPlane(slotWidth: number): void {
    const el = this.#el;
    const activationId = readActivation(el);
    const activationName = activationShortName(activationId);
    const activation = getScalarActivation(activationId);
    const f = (z: number) => activation.value(z);
    if (this.following) this.#beyondSliders = writeParams(this.#root, el, this.params);
    const readout = describePoint(this.params, this.point, activationName, f);
    el.readout.replaceChildren(...readout.lines.map((text) => Object.assign(document.createElement('span'), { className: 'line', textContent: text })));
    const fitText = describeFit(countCorrect(this.params, this.dataset)) +
      (this.#beyondSliders ? ' The learned values lie beyond the sliders’ range; the numbers beside the sliders are exact.' : '');
    el.fit.textContent = fitText;
    const state = { params: this.params, activationId, activationName, activation: f, bounds: PLANE_BOUNDS, dataset: this.dataset, point: this.point };
    const caption = describePlane(state);
    const plane = paintPlane(this.#plane, state, readPalette(), planeSize(slotWidth), planeAriaLabel(state, caption, fitText));
    if (plane !== this.#plane) el.plane.replaceChildren(plane.element);
    this.#plane = plane;
    el.planeCaption.textContent = caption;
  }

  #drawLoss(slotWidth: number): void {
    const el = this.#el;
    el.lossCaption.textContent = describeLossCurve(this.history);
    if (this.history.length === 0) {
      el.loss.replaceChildren(Object.assign(document.createElement('p'), { className: 'placeholder', textContent: LOSS_PLACEHOLDER }));
      return;
    }
    const width = Math.min(LOSS_MAX_WIDTH, Math.max(260, slotWidth || LOSS_MAX_WIDTH));
    el.loss.replaceChildren(renderLossCurve({ history: this.history, totalEpochs: this.totalEpochs, palette: readPalette(), width, height: LOSS_HEIGHT }));
  }
}
