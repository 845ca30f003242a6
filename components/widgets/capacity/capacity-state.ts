/**
 * What the capacity widget shows, as lab reports it: the data, each width's finished run and final
 * map, the run in training (its curve and live map), the sweep's summary, and which width is shown
 * (it follows the run in training until the reader picks one, and lands on the best width at the end).
 */
import {
  capacityRun, capacityWidths, datasetBounds, noisyCircle, type Bounds, type CapacityRun, type Dataset, type Depth, type GridPrediction,
  type LossPoint, type SweepSummary, type TrainProgress,
} from '../../../lab/index';
import { lastMade } from '../../ui/comparison/arm-plan';
import { INITIAL_WIDTH_INDEX } from './capacity-config';

function circleData(seed: number): { dataset: Dataset; bounds: Bounds } {
  const dataset = noisyCircle(seed);
  return { dataset, bounds: datasetBounds(dataset) };
}

export class CapacityState {
  dataset!: Dataset;
  bounds!: Bounds;
  widths: readonly number[] = [];
  runs: (CapacityRun | undefined)[] = [];
  grids: (GridPrediction | undefined)[] = [];
  summary?: SweepSummary;
  /** The width in training: its epoch, its losses on the evaluation epochs so far, its latest map. */
  live?: { index: number; epoch: number; curve: readonly LossPoint[]; grid?: GridPrediction };
  selected = INITIAL_WIDTH_INDEX;
  readerPicked = false;
  totalEpochs: number;
  /** The seed's data, made again only when the seed changes. */
  readonly #dataFor = lastMade(circleData);
  #depth!: Depth;

  constructor(seed: number, depth: Depth, epochs: number) {
    this.totalEpochs = epochs;
    this.reset(seed, depth);
  }

  /** Forgets all runs; makes the data for this seed and the widths for this depth. */
  reset(seed: number, depth: Depth): void {
    ({ dataset: this.dataset, bounds: this.bounds } = this.#dataFor(seed));
    this.#depth = depth;
    this.widths = capacityWidths(depth);
    this.runs = this.widths.map(() => undefined);
    this.grids = this.widths.map(() => undefined);
    this.summary = undefined;
    this.live = undefined;
    this.select(this.selected);
  }

  select(index: number): void {
    this.selected = Math.max(0, Math.min(this.widths.length - 1, Math.round(index)));
  }

  startRun(index: number): void {
    this.live = { index, epoch: 0, curve: [] };
    if (!this.readerPicked) this.select(index);
  }

  /** True when the run shown is the one that moved. */
  progress(index: number, progress: TrainProgress): boolean {
    const live = this.live;
    if (!live || live.index !== index) return false;
    live.epoch = progress.epoch;
    if (progress.testLoss !== undefined) live.curve = [...live.curve, { epoch: progress.epoch, trainLoss: progress.loss, testLoss: progress.testLoss }];
    return index === this.selected;
  }

  liveGrid(index: number, grid: GridPrediction): boolean {
    if (this.live?.index !== index) return false;
    this.live.grid = grid;
    return index === this.selected;
  }

  endRun(index: number, record: Parameters<typeof capacityRun>[0]): void {
    this.runs[index] = capacityRun(record, this.widths[index]!, this.#depth);
    const grid = record.probes['decision-grid'];
    if (grid) this.grids[index] = grid;
    this.live = undefined;
  }

  finished(): CapacityRun[] {
    return this.runs.filter((run): run is CapacityRun => run !== undefined);
  }
}
