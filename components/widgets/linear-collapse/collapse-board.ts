/**
 * What the linear-collapse widget shows: the data for the seed, each network's map (the linear one
 * with the collapsed layer's line), its score line, and the collapse itself in words.
 */
import { collapseDataset, datasetBounds, type ArmRun, type Bounds, type CollapseCheck, type Dataset, type GridPrediction, type ModelRole } from '../../../lab/index';
import { lineSegmentInBox } from '../../ui/charts/line-segment';
import { readPalette } from '../../ui/charts/chart-palette';
import { clampWidth } from '../../ui/charts/chart-slot';
import { DecisionMapSlot } from '../../ui/live-maps/decision-map-slot';
import { datasetPoints } from '../../ui/live-maps/plane-chart';
import type { CollapseElements } from './collapse-dom';
import { describeAgreement, describeFormula, describeLinearRange, describeProduct, describeScore } from './collapse-text';
import { GRID_RESOLUTION, MAP_MAX_SIZE, MAP_MIN_SIZE } from './linear-collapse-config';

export const PARTS = ['linear', 'nonlinear', 'collapse'] as const;
const IDLE_COLLAPSE_TEXT = 'Press Train: once the linear network has trained, its layers are multiplied out here.';

export class CollapseBoard {
  seed = NaN;
  dataset!: Dataset;
  bounds!: Bounds;
  grids: Partial<Record<ModelRole, GridPrediction>> = {};
  results: Partial<Record<ModelRole, ArmRun>> = {};
  live: Partial<Record<ModelRole, string>> = {};
  collapse?: CollapseCheck;
  epochs = 0;
  running = false;
  readonly #el: CollapseElements;
  /** Each map is drawn once per size, theme and data, then recoloured. */
  readonly #slots: Record<ModelRole, DecisionMapSlot>;

  constructor(elements: CollapseElements) {
    this.#el = elements;
    this.#slots = { linear: new DecisionMapSlot(elements.maps.linear.chart), nonlinear: new DecisionMapSlot(elements.maps.nonlinear.chart) };
  }

  /** The data for this seed (made again only when it changes); true when it changed. */
  useSeed(seed: number): boolean {
    if (seed === this.seed) return false;
    this.seed = seed;
    this.dataset = collapseDataset(seed);
    this.bounds = datasetBounds(this.dataset);
    this.clear();
    return true;
  }

  clear(): void {
    this.grids = {};
    this.results = {};
    this.live = {};
    this.collapse = undefined;
  }

  draw(part: string, width: (element: HTMLElement) => number): void {
    if (part === 'collapse') {
      const { product, matrix, agreement } = this.#el;
      product.textContent = this.collapse ? describeProduct(this.collapse) : IDLE_COLLAPSE_TEXT;
      matrix.textContent = this.collapse ? describeFormula(this.collapse) : '';
      agreement.textContent = this.collapse ? describeAgreement(this.collapse) : '';
      return;
    }
    const role = part as ModelRole;
    const size = clampWidth(width(this.#el.maps.linear.chart), MAP_MIN_SIZE, MAP_MAX_SIZE);
    const { caption, heading, score } = this.#el.maps[role];
    const name = role === 'linear' ? 'linear' : this.#el.nonlinear.selectedOptions[0]?.textContent ?? this.#el.nonlinear.value;
    const layers = Number(this.#el.layers.value);
    heading.textContent = `${Number.isInteger(layers) && layers > 0 ? `${layers} ` : ''}hidden layers, ${name}`;
    const grid = this.grids[role];
    const result = this.results[role];
    let scoreText = this.live[role] ?? describeScore(result, this.running, this.epochs);
    if (role === 'linear' && result && grid) scoreText += ` ${describeLinearRange(grid.values)}`;
    score.textContent = scoreText;
    const line = role === 'linear' && this.collapse
      ? lineSegmentInBox([this.collapse.layer.weights[0]?.[0] ?? 0, this.collapse.layer.weights[1]?.[0] ?? 0], this.collapse.layer.bias[0] ?? 0, this.bounds)
      : undefined;
    const captionText = `The circle data (inner disc: triangles, outer ring: circles) and the ${name} network's output over the plane` +
      (grid ? '' : ' (not trained yet)') + (line ? '. Dashed: where the collapsed single layer gives z = 0.' : '.');
    caption.textContent = captionText;
    const shown = grid ?? { ...this.bounds, resolution: GRID_RESOLUTION, values: new Float32Array(GRID_RESOLUTION * GRID_RESOLUTION).fill(0.5) };
    const points = datasetPoints(this.dataset);
    this.#slots[role].show({ grid: shown, points, colourDomain: [0, 0.5, 1], palette: readPalette(), size, ariaLabel: `${captionText} ${scoreText}`, boundary: line }, 'live');
  }
}
