/**
 * The neuron widget's two parts: the plane (with the readout and the fit line beside it), drawn for
 * the current weights, activation and point; and the loss curve.
 */
import { getScalarActivation, type Dataset, type EpochMetrics, type GridPrediction, type ScalarActivation, type UnitWeights } from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import { clampWidth, placeholder, showLines } from '../../ui/charts/chart-slot';
import { describeLossCurve, renderLossCurve } from '../../ui/charts/loss-curve';
import { DecisionMapSlot } from '../../ui/live-maps/decision-map-slot';
import { datasetPoints } from '../../ui/live-maps/plane-chart';
import { unitBoundary, unitGrid } from '../../ui/live-maps/unit-plane';
import { GRID_RESOLUTION, NEURON_DEFAULTS, NEURON_SETTINGS, PLANE_BOUNDS } from './neuron-config';
import { readActivation, readParams, readPoint, writeParams, type NeuronElements } from './neuron-dom';
import { describeFit, describePlane, describePoint, planeAriaLabel } from './neuron-readout';

const LOSS_HEIGHT = 170;
const LOSS_MAX_WIDTH = 760;
const LOSS_PLACEHOLDER = 'Press Train to see the loss fall.';
const PLANE_MAX_SIZE = 460;
const PLANE_MIN_SIZE = 240;
/** Linear and ReLU outputs are unbounded: their colours span at least ±1, or the largest |a| shown. */
const MIN_UNBOUNDED_EXTENT = 1;

/** The colours span f's output range as the catalog gives it; an unbounded one, the outputs shown. */
function colourDomainFor(activation: ScalarActivation, grid: GridPrediction): [number, number, number] {
  const { lo, hi } = activation.properties({}).range;
  if (Number.isFinite(lo) && Number.isFinite(hi)) return [lo, (lo + hi) / 2, hi];
  let extent = MIN_UNBOUNDED_EXTENT;
  for (const value of grid.values) extent = Math.max(extent, Math.abs(value));
  return [-extent, 0, extent];
}

export class NeuronView {
  params: UnitWeights;
  point: [number, number];
  dataset: Dataset;
  history: EpochMetrics[] = [];
  totalEpochs: number = NEURON_SETTINGS.epochs.default;
  /** True from a Train until the reader moves a slider: the sliders show the trained weights. */
  following = false;
  #beyondSliders = false;
  readonly #root: HTMLElement;
  readonly #el: NeuronElements;
  /** While only the weights change, the plane is recoloured and its line moved, not drawn anew. */
  readonly #slot: DecisionMapSlot;

  /** Starts from the weights and the point in the controls, and the data set given. */
  constructor(root: HTMLElement, elements: NeuronElements, dataset: Dataset) {
    this.#root = root;
    this.#el = elements;
    this.params = readParams(elements);
    this.point = readPoint(elements) ?? NEURON_DEFAULTS.point;
    this.dataset = dataset;
    this.#slot = new DecisionMapSlot(elements.plane);
  }

  /** The reader moved a slider: the weights are theirs again. */
  slidersMoved(params: UnitWeights): void {
    this.params = params;
    this.following = false;
    this.#beyondSliders = false;
  }

  get plot() {
    return this.#slot.element;
  }

  draw(part: string, width: (element: HTMLElement) => number): void {
    if (part === 'loss') this.#drawLoss(width(this.#el.loss));
    else this.#drawPlane(width(this.#el.plane));
  }

  #drawPlane(slotWidth: number): void {
    const el = this.#el;
    const { value: activationId, short: activationName } = readActivation(el);
    const activation = getScalarActivation(activationId);
    if (this.following) this.#beyondSliders = writeParams(this.#root, el, this.params);
    const readout = describePoint(this.params, this.point, activationName, (z) => activation.value(z));
    showLines(el.readout, readout.lines);
    const fitText = describeFit(this.params, this.dataset) +
      (this.#beyondSliders ? ' The learned values lie beyond the sliders’ range; the numbers beside the sliders are exact.' : '');
    el.fit.textContent = fitText;
    const caption = describePlane(this.params, activationName);
    const grid = unitGrid(this.params, (z) => activation.value(z), PLANE_BOUNDS, GRID_RESOLUTION);
    this.#slot.show({
      grid,
      points: datasetPoints(this.dataset),
      colourDomain: colourDomainFor(activation, grid),
      palette: readPalette(),
      size: clampWidth(slotWidth, PLANE_MIN_SIZE, PLANE_MAX_SIZE),
      ariaLabel: planeAriaLabel(caption, fitText),
      marker: { x: this.point[0], y: this.point[1] },
      boundary: unitBoundary(this.params, PLANE_BOUNDS),
    }, 'live');
    el.planeCaption.textContent = caption;
  }

  #drawLoss(slotWidth: number): void {
    const el = this.#el;
    el.lossCaption.textContent = describeLossCurve(this.history);
    if (this.history.length === 0) {
      el.loss.replaceChildren(placeholder(LOSS_PLACEHOLDER));
      return;
    }
    const width = clampWidth(slotWidth, 260, LOSS_MAX_WIDTH);
    el.loss.replaceChildren(renderLossCurve({ history: this.history, totalEpochs: this.totalEpochs, palette: readPalette(), width, height: LOSS_HEIGHT }));
  }
}
