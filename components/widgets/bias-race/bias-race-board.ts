/**
 * What the bias race shows: the data for the current seed and shift, each classifier arm's state and
 * map, the fitted lines, and how each part draws (the two maps, the line chart, the results table).
 */
import { BIAS_LINE, biasBlobs, biasLine, type ArmRun, type Bounds, type Dataset, type TrainProgress } from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import { readSeriesColours } from '../../ui/charts/series-style';
import { DecisionMapSlot } from '../../ui/live-maps/decision-map-slot';
import { labelledPoints } from '../../ui/live-maps/plane-chart';
import { PLANE_PADDING, type ArmKey } from './bias-race-config';
import type { BiasRaceElements } from './bias-race-dom';
import { drawLines, drawResults, mapCaption, mapOptions, type ArmState } from './bias-race-view';

const TRUE_LINE = { w: BIAS_LINE.slope, b: BIAS_LINE.intercept };
export const PARTS = ['results', 'map-without', 'map-with', 'lines'] as const;

const waiting = (): Record<ArmKey, ArmState> => ({ without: { phase: 'waiting', epoch: 0 }, with: { phase: 'waiting', epoch: 0 } });
/** 'classify-with' → ['classify', 'with']. */
export const armOf = (id: string): [string, ArmKey] => {
  const [task = '', key = 'without'] = id.split('-');
  return [task, key === 'with' ? 'with' : 'without'];
};

/** The square a decision map shows: every point and the origin, with some room around them. */
function planeWithOrigin(dataset: Dataset, padding: number): Bounds {
  let lo = 0;
  let hi = 0;
  for (const split of [dataset.train, dataset.test]) {
    for (const row of split.xs) {
      for (const value of row) {
        lo = Math.min(lo, value);
        hi = Math.max(hi, value);
      }
    }
  }
  const min = Math.floor(lo - padding);
  const max = Math.ceil(hi + padding);
  return { xMin: min, xMax: max, yMin: min, yMax: max };
}

export class BiasBoard {
  states = waiting();
  blobs!: Dataset;
  line!: Dataset;
  bounds!: Bounds;
  readonly #el: BiasRaceElements;
  readonly #maps: Readonly<Record<ArmKey, DecisionMapSlot>>;
  #dataKey = '';

  constructor(elements: BiasRaceElements, seed: number, shift: number) {
    this.#el = elements;
    this.#maps = { without: new DecisionMapSlot(elements.maps.without.chart), with: new DecisionMapSlot(elements.maps.with.chart) };
    this.useData(seed, shift);
  }

  /** The data for this seed and shift (made again only when they change); true when it changed. */
  useData(seed: number, shift: number): boolean {
    const key = `${seed}/${shift}`;
    if (key === this.#dataKey) return false;
    this.#dataKey = key;
    this.blobs = biasBlobs(seed, shift);
    this.line = biasLine(seed);
    this.bounds = planeWithOrigin(this.blobs, PLANE_PADDING);
    return true;
  }

  reset(): void {
    this.states = waiting();
  }

  start(id: string): void {
    const [task, key] = armOf(id);
    if (task === 'classify') this.states[key] = { phase: 'running', epoch: 0 };
  }

  progress(id: string, progress: TrainProgress): void {
    const [task, key] = armOf(id);
    if (task !== 'classify') return;
    this.states[key] = { ...this.states[key], epoch: progress.epoch, ...(progress.testAccuracy !== undefined ? { testAccuracy: progress.testAccuracy } : {}) };
  }

  end(run: ArmRun): void {
    const [task, key] = armOf(run.arm);
    const phase = run.status === 'diverged' || run.status === 'error' ? 'diverged' : 'done';
    if (task === 'classify') {
      const { testAccuracy } = run.metrics;
      const grid = run.probes['decision-grid'] ?? this.states[key].grid;
      this.states[key] = { ...this.states[key], phase, epoch: run.epochs, ...(grid ? { grid } : {}), ...(testAccuracy !== undefined && phase !== 'diverged' ? { testAccuracy } : {}) };
    } else if (run.probes.line && phase === 'done') {
      this.states[key] = { ...this.states[key], line: run.probes.line, lineMse: run.metrics.testLoss ?? NaN };
    }
  }

  draw(part: string, width: (element: HTMLElement) => number): void {
    const palette = readPalette();
    if (part === 'results') drawResults(this.#el, this.states);
    else if (part === 'lines') drawLines(this.#el, this.line, this.states, TRUE_LINE, { palette, colours: readSeriesColours(), slotWidth: width(this.#el.line) });
    else {
      // Before and while an arm trains, each grid only recolours its map (no 0.5 curve, which would go
      // stale); a finished map is drawn in full with its 0.5 curve.
      const arm: ArmKey = part === 'map-with' ? 'with' : 'without';
      const state = this.states[arm];
      const slot = this.#el.maps[arm];
      const mode = state.phase === 'running' || state.phase === 'waiting' ? 'live' : 'full';
      const scene = { points: labelledPoints(this.blobs.test), bounds: this.bounds, palette, slotWidth: slot.chart.clientWidth };
      slot.caption.textContent = mapCaption(arm, state);
      this.#maps[arm].show(mapOptions(arm, state, scene, mode === 'full'), mode);
    }
  }
}
