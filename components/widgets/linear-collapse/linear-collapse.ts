/**
 * The linear-collapse widget's heavy module, loaded by lazy-widget.ts near the screen. Train runs lab's
 * linear-collapse experiment: the same deep network with linear and with nonlinear hidden layers,
 * trained side by side on the circle data, then the linear one multiplied out into a single layer.
 */
import { collapseDataset, runLinearCollapse, type CollapseCheck, type CollapseRun, type ModelRole, datasetBounds, type Bounds, predictGrid, type tf, type Dataset, type GridPrediction, type TrainResult, yieldToEventLoop } from '../../../lab/index';
import { DemoStateController } from '../../ui/demo-run/demo-state';
import { prepareBackend, startLeakCheck } from '../../ui/backend/tf-backend';
import { createRepaintScheduler, type RepaintScheduler } from '../../ui/demo-run/repaint';
import { onThemeChange, readPalette, type ChartPalette } from '../../ui/charts/chart-palette';
import { readNumberField } from '../../ui/controls/number-field';
import { watchWidths, type WidthWatch } from '../../ui/demo-run/width-watch';
import type { LabelledPoint } from '../../ui/live-maps/decision-map';
import { createLiveDecisionMap, type LiveDecisionMap } from '../../ui/live-maps/live-decision-map';
import { createLiveSegment, type LiveSegment } from '../../ui/live-maps/live-segment';
import { lineSegmentInBox } from '../../ui/charts/line-segment';
import { GRID_INTERVAL_MS, GRID_RESOLUTION, LINEAR_COLLAPSE_DEFAULTS, MAP_MAX_SIZE, MAP_MIN_SIZE } from './linear-collapse-config';
import { findCollapseElements, nonlinearLabel, readCollapseSettings, readNonlinear, type CollapseElements } from './collapse-dom';
import {
  describeAgreement, describeFormula, describeLinearRange, describeProduct, describeProgress, describeScore,
} from './collapse-text';

const ROLES: readonly ModelRole[] = ['linear', 'nonlinear'];
const IDLE_COLLAPSE_TEXT = 'Press Train: once the linear network has trained, its layers are multiplied out here.';

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new LinearCollapseWidget(root, findCollapseElements(root), demo).start();
}

/** An untrained map: every cell neutral, at the trained maps' resolution so a drawn map can be recoloured. */
function neutralGrid(bounds: Bounds): GridPrediction {
  return { ...bounds, resolution: GRID_RESOLUTION, values: new Float32Array(GRID_RESOLUTION * GRID_RESOLUTION).fill(0.5) };
}

/** A map as drawn and what it was drawn for; a new key (size, theme, data) draws it anew. */
interface DrawnMap {
  key: string;
  map: LiveDecisionMap;
  boundary: LiveSegment;
}

function pointsOf(dataset: Dataset): LabelledPoint[] {
  return [dataset.train, dataset.test].flatMap((split) => split.xs.map(([x = 0, y = 0], i) => ({ x, y, label: split.ys[i] ?? 0 })));
}

class LinearCollapseWidget {
  readonly #root: HTMLElement;
  readonly #el: CollapseElements;
  readonly #demo: DemoStateController;
  readonly #repaint: RepaintScheduler;
  #palette: ChartPalette;
  #seed = NaN;
  #dataset!: Dataset;
  #bounds!: Bounds;
  #grids: Partial<Record<ModelRole, GridPrediction>> = {};
  #results: Partial<Record<ModelRole, TrainResult>> = {};
  #live: Partial<Record<ModelRole, string>> = {};
  #lastGridAt: Record<ModelRole, number> = { linear: -Infinity, nonlinear: -Infinity };
  #gridTickets: Record<ModelRole, number> = { linear: 0, nonlinear: 0 };
  #collapse?: CollapseCheck;
  #epochs = 0;
  /** Maps are updated only when their grid, the data, the theme or the size changed. */
  #mapsDirty: Set<ModelRole> = new Set(ROLES);
  #drawn: Partial<Record<ModelRole, DrawnMap>> = {};
  #widths?: WidthWatch;

  constructor(root: HTMLElement, elements: CollapseElements, demo: DemoStateController) {
    this.#root = root;
    this.#el = elements;
    this.#demo = demo;
    this.#palette = readPalette();
    this.#repaint = createRepaintScheduler(() => this.#paint());
    this.#loadData();
  }

  start(): void {
    const { seed, layers, units, learningRate, epochs, nonlinear, maps } = this.#el;
    seed.addEventListener('change', () => this.#loadData() && this.#repaintMaps());
    for (const field of [seed, layers, units, learningRate, epochs]) field.addEventListener('input', () => readNumberField(field));
    nonlinear.addEventListener('change', () => this.#repaintMaps('nonlinear'));
    this.#demo.onTrain(() => void this.#train());
    onThemeChange(() => {
      this.#palette = readPalette();
      ROLES.forEach((role) => this.#mapsDirty.add(role));
      this.#repaint.flush();
    });
    this.#widths = watchWidths([maps.linear.chart], () => this.#repaintMaps());
    this.#repaint.flush();
  }

  #repaintMaps(...roles: ModelRole[]): void {
    (roles.length > 0 ? roles : ROLES).forEach((role) => this.#mapsDirty.add(role));
    this.#repaint.request();
  }

  #loadData(): boolean {
    const seed = readNumberField(this.#el.seed);
    const hasData = !Number.isNaN(this.#seed);
    if (!seed.ok && hasData) return false;
    // A seed refused before the first drawing falls back to the default; its field shows why.
    const value = seed.ok ? seed.value : LINEAR_COLLAPSE_DEFAULTS.seed;
    if (value === this.#seed) return false;
    this.#seed = value;
    this.#dataset = collapseDataset(value);
    this.#bounds = datasetBounds(this.#dataset);
    this.#clearResults();
    return true;
  }

  #clearResults(): void {
    this.#grids = {};
    this.#results = {};
    this.#live = {};
    this.#collapse = undefined;
    ROLES.forEach((role) => this.#mapsDirty.add(role));
    delete this.#root.dataset.linearAccuracy;
    delete this.#root.dataset.collapseError;
  }

  /** Samples the model now; a sample that arrives after a newer one is dropped. */
  async #refreshGrid(role: ModelRole, model: tf.Sequential): Promise<void> {
    const ticket = ++this.#gridTickets[role];
    const grid = await predictGrid(model, this.#bounds, GRID_RESOLUTION);
    if (ticket !== this.#gridTickets[role]) return;
    this.#grids[role] = grid;
    this.#repaintMaps(role);
  }

  async #train(): Promise<void> {
    const reading = readCollapseSettings(this.#el);
    if (!reading.ok) {
      this.#demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const settings = reading.settings;
    this.#loadData();
    this.#clearResults();
    this.#epochs = settings.epochs;
    this.#lastGridAt = { linear: -Infinity, nonlinear: -Infinity };
    const signal = this.#demo.begin(settings.epochs);
    const checkLeaks = startLeakCheck('linear-collapse widget');
    let run: CollapseRun | undefined;
    try {
      run = await runLinearCollapse(settings, {
        signal,
        onProgress: (role, progress, model) => {
          this.#live[role] = describeProgress(role, progress.epoch, progress.testAccuracy);
          if (role === 'linear') this.#demo.progress(progress.epoch, progress.totalEpochs);
          const now = performance.now();
          if (now - this.#lastGridAt[role] >= GRID_INTERVAL_MS) {
            this.#lastGridAt[role] = now;
            void this.#refreshGrid(role, model);
          }
          this.#repaint.request();
        },
      });
      // The collapse check's last chunk ran in this task; the final maps get their own.
      await yieldToEventLoop();
      await Promise.all(ROLES.map((role) => this.#refreshGrid(role, run!.models[role])));
      this.#results = run.results;
      this.#collapse = run.collapse;
      this.#repaintMaps('linear');
      this.#finish(run.results);
    } catch (error) {
      this.#demo.fail(error);
    } finally {
      run?.models.linear.dispose();
      run?.models.nonlinear.dispose();
      this.#live = {};
      this.#repaint.flush();
      checkLeaks();
    }
  }

  #finish(results: Record<ModelRole, TrainResult>): void {
    const { linear, nonlinear } = results;
    const diverged = [linear, nonlinear].find((result) => result.status === 'diverged');
    if (diverged) {
      this.#demo.finish({ kind: 'diverged', epoch: diverged.epoch, reason: `the loss became ${diverged.final.loss}` });
      return;
    }
    if (linear.status === 'stopped' || nonlinear.status === 'stopped') {
      this.#demo.finish({ kind: 'stopped', epoch: linear.epoch, totalEpochs: this.#epochs });
      return;
    }
    const linearAccuracy = linear.final.testAccuracy;
    const nonlinearAccuracy = nonlinear.final.testAccuracy;
    if (linearAccuracy === undefined || nonlinearAccuracy === undefined) {
      this.#demo.finish({ kind: 'error', message: 'the trainer reported no test accuracy.' });
      return;
    }
    this.#root.dataset.linearAccuracy = linearAccuracy.toFixed(4);
    if (this.#collapse) {
      const { maxLogitDifference, maxOutputDifference } = this.#collapse.comparison;
      this.#root.dataset.collapseError = Math.max(maxLogitDifference, maxOutputDifference).toExponential(2);
    }
    this.#demo.finish({ kind: 'done', value: nonlinearAccuracy, elapsedMs: Math.max(linear.elapsedMs, nonlinear.elapsedMs) });
  }

  /** At most one map is drawn anew per call (a full chart render); the other waits for the next frame. */
  #paint(): void {
    const chart = this.#el.maps.linear.chart;
    const width = this.#widths?.width(chart) ?? chart.clientWidth;
    const size = Math.round(Math.max(MAP_MIN_SIZE, Math.min(MAP_MAX_SIZE, width || MAP_MAX_SIZE)));
    const activation = nonlinearLabel(readNonlinear(this.#el));
    let rendered = false;
    for (const role of ROLES) {
      const dirty = this.#mapsDirty.has(role);
      const wouldRender = dirty && this.#drawn[role]?.key !== this.#mapKey(size);
      const deferred = rendered && wouldRender;
      this.#paintMap(role, size, activation, dirty && !deferred);
      if (dirty && !deferred) this.#mapsDirty.delete(role);
      rendered ||= wouldRender;
    }
    if (this.#mapsDirty.size > 0) this.#repaint.request();
    this.#paintCollapse();
  }

  #mapKey(size: number): string {
    return [size, this.#palette.fg, this.#palette.bg, ...this.#palette.heat, ...this.#palette.classColours, this.#seed].join('|');
  }

  #paintMap(role: ModelRole, size: number, activation: string, redraw: boolean): void {
    const { chart, caption, heading, score } = this.#el.maps[role];
    const layers = readNumberField(this.#el.layers);
    const depth = layers.ok ? `${layers.value} ` : '';
    const name = role === 'linear' ? 'linear' : activation;
    heading.textContent = `${depth}hidden layers, ${name}`;
    const grid = this.#grids[role];
    const result = this.#results[role];
    let scoreText = this.#live[role] ?? describeScore(result, this.#demo.running, this.#epochs);
    if (role === 'linear' && result && grid) scoreText += ` ${describeLinearRange(grid.values)}`;
    score.textContent = scoreText;
    const collapsedLine = role === 'linear' && this.#collapse
      ? lineSegmentInBox([this.#collapse.layer.weights[0]?.[0] ?? 0, this.#collapse.layer.weights[1]?.[0] ?? 0], this.#collapse.layer.bias[0] ?? 0, this.#bounds)
      : undefined;
    const captionText = `The circle data (inner disc: triangles, outer ring: circles) and the ${name} network's output over the plane` +
      (grid ? '' : ' (not trained yet)') + (collapsedLine ? '. Dashed: where the collapsed single layer gives z = 0.' : '.');
    caption.textContent = captionText;
    if (!redraw) return;
    const shown = grid ?? neutralGrid(this.#bounds);
    const ariaLabel = `${captionText} ${scoreText}`;
    const key = this.#mapKey(size);
    let drawn = this.#drawn[role];
    if (drawn?.key === key) {
      drawn.map.update(shown, ariaLabel);
    } else {
      const map = createLiveDecisionMap({ grid: shown, points: pointsOf(this.#dataset), colourDomain: [0, 0.5, 1], palette: this.#palette, size, ariaLabel });
      drawn = { key, map, boundary: createLiveSegment(map.element, this.#palette.fg) };
      this.#drawn[role] = drawn;
      chart.replaceChildren(map.element);
    }
    drawn.boundary.update(collapsedLine);
  }

  #paintCollapse(): void {
    const { product, matrix, agreement } = this.#el;
    if (!this.#collapse) {
      product.textContent = IDLE_COLLAPSE_TEXT;
      matrix.textContent = '';
      agreement.textContent = '';
      return;
    }
    product.textContent = describeProduct(this.#collapse);
    matrix.textContent = describeFormula(this.#collapse);
    agreement.textContent = describeAgreement(this.#collapse);
  }
}

