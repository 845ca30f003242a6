/**
 * What the bias race shows: the data for the current seed and shift, each classifier arm's state and
 * map, the fitted lines, and how each part draws (the two maps, the line chart, the results table).
 */
import { BIAS_LINE, biasBlobs, biasLine, type ArmRun, type Bounds, type Dataset, type TrainProgress } from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import { readSeriesColours } from '../../ui/charts/series-style';
import { ArmMap } from './bias-arm-map';
import { planeWithOrigin } from './bias-plane';
import { PLANE_PADDING } from './bias-race-config';
import { ARM_KEYS, type ArmKey, type BiasRaceElements } from './bias-race-dom';
import { drawLines, drawResults, mapSize, testPoints, type ArmState } from './bias-race-view';

const TRUE_LINE = { w: BIAS_LINE.slope, b: BIAS_LINE.intercept };
export const PARTS = ['results', 'map-without', 'map-with', 'lines'] as const;

const waiting = (): Record<ArmKey, ArmState> => ({ without: { phase: 'waiting', epoch: 0 }, with: { phase: 'waiting', epoch: 0 } });
/** 'classify-with' → ['classify', 'with']. */
export const armOf = (id: string): [string, ArmKey] => {
  const [task = '', key = 'without'] = id.split('-');
  return [task, key === 'with' ? 'with' : 'without'];
};

export class BiasBoard {
  states = waiting();
  blobs!: Dataset;
  line!: Dataset;
  bounds!: Bounds;
  readonly #el: BiasRaceElements;
  readonly #maps: Readonly<Record<ArmKey, ArmMap>>;
  #dataKey = '';

  constructor(elements: BiasRaceElements, seed: number, shift: number) {
    this.#el = elements;
    this.#maps = { without: new ArmMap(elements.maps.without, 'without'), with: new ArmMap(elements.maps.with, 'with') };
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
    else if (part === 'lines') drawLines(this.#el, this.line, this.states, TRUE_LINE, palette, readSeriesColours(), width(this.#el.line));
    else {
      const arm: ArmKey = part === 'map-with' ? 'with' : 'without';
      this.#maps[arm].draw(this.states[arm], { points: testPoints(this.blobs), bounds: this.bounds, palette, size: mapSize(this.#el.maps[arm]) });
    }
  }
}

export { ARM_KEYS };
