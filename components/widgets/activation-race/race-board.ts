/**
 * What the race shows: one racer per chosen activation (its phase, numbers, loss history and latest
 * map), the map panels, and how each part draws: one map per part (recoloured while it trains), the
 * loss curves, and the table (cheap text, drawn with every change).
 */
import { datasetBounds, getActivation, type ArmRun, type Dataset, type EpochMetrics, type GridPrediction } from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import type { BuiltChartFigure } from '../../ui/charts/chart-figure';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import { readSeriesColours } from '../../ui/charts/series-style';
import { DecisionMapSlot } from '../../ui/live-maps/decision-map-slot';
import { shortName } from '../../ui/text/activation-names';
import { labelledPoints } from '../../ui/live-maps/plane-chart';
import { RACE_TARGET } from './race-config';
import { raceDataset } from './race-plan';
import { mapCaption, settle, withNumbers, type RacerPhase, type RacerState } from './race-summary';
import { buildMapPanels, drawLossCurves, drawTable, mapOptions } from './race-view';

export const CURVES_PART = 'curves';
export const TABLE_PART = 'table';
const UNFINISHED: Partial<Record<RacerPhase, RacerPhase>> = { waiting: 'skipped', running: 'stopped' };
export const mapPart = (index: number): string => `map-${index}`;

/** The elements the parts draw into. */
export function raceOutlets(find: WidgetElementFinder, root: HTMLElement) {
  return {
    maps: find.part('maps'), loss: find.byId(`${root.id}-loss`), lossCaption: find.byId(`${root.id}-loss-caption`),
    resultRows: find.part<HTMLTableSectionElement>('results-body'),
  };
}

type RaceOutlets = ReturnType<typeof raceOutlets>;

export class RaceBoard {
  racers: RacerState[] = [];
  histories: EpochMetrics[][] = [];
  grids: (GridPrediction | undefined)[] = [];
  totalEpochs = 1;
  dataset!: Dataset;
  readonly #outlets: RaceOutlets;
  #seed = NaN;
  #panels: BuiltChartFigure[] = [];
  #slots: DecisionMapSlot[] = [];

  constructor(outlets: RaceOutlets, seed: number) {
    this.#outlets = outlets;
    this.useSeed(seed);
  }

  /** The spiral for this seed, made again only when the seed changes. */
  useSeed(seed: number): Dataset {
    if (seed !== this.#seed) [this.#seed, this.dataset] = [seed, raceDataset(seed)];
    return this.dataset;
  }

  /** Racers waiting for these activations. The panels (and their maps) stay when the choice is unchanged, so a new run only recolours them. */
  reset(ids: readonly string[], totalEpochs: number): void {
    const sameChoice = ids.join() === this.racers.map((racer) => racer.id).join() && this.#panels.length === ids.length;
    this.totalEpochs = totalEpochs;
    this.racers = ids.map((id) => ({ id, label: shortName(getActivation(id)), phase: 'waiting', epoch: 0, totalEpochs }));
    this.histories = ids.map(() => []);
    this.grids = ids.map(() => undefined);
    if (!sameChoice) {
      this.#panels = buildMapPanels(this.#outlets.maps, this.racers);
      this.#slots = this.#panels.map((panel) => new DecisionMapSlot(panel.chart));
    }
  }

  parts(): string[] {
    return [TABLE_PART, ...this.racers.map((_, index) => mapPart(index)), CURVES_PART];
  }

  start(index: number): void {
    this.racers[index] = { ...this.racers[index]!, phase: 'running' };
  }

  progress(index: number, progress: EpochMetrics): void {
    this.histories[index]!.push({ epoch: progress.epoch, loss: progress.loss });
    this.racers[index] = withNumbers(this.racers[index]!, progress);
  }

  end(index: number, run: ArmRun): void {
    this.histories[index] = run.history.map((row) => ({ epoch: row.epoch, loss: row.loss }));
    this.racers[index] = settle(this.racers[index]!, run);
  }

  /** The race is over: a run still training was stopped, the ones after it never ran. */
  finish(): void {
    this.racers = this.racers.map((racer) => ({ ...racer, phase: UNFINISHED[racer.phase] ?? racer.phase }));
  }

  draw(part: string, width: (element: HTMLElement) => number): void {
    const outlets = this.#outlets;
    if (part === TABLE_PART) {
      drawTable(outlets.resultRows, this.racers, RACE_TARGET);
    } else if (part === CURVES_PART) {
      const { racers, histories, totalEpochs } = this;
      const colours = readSeriesColours();
      drawLossCurves(outlets.loss, outlets.lossCaption, { racers, histories, totalEpochs, palette: readPalette(), colours, slotWidth: width(outlets.loss) });
    } else {
      const index = Number(part.slice('map-'.length));
      const panel = this.#panels[index];
      const racer = this.racers[index];
      if (!panel || !racer) return;
      panel.caption.textContent = mapCaption(racer);
      const points = labelledPoints(this.dataset.test);
      this.#slots[index]!.show(mapOptions(panel.chart.clientWidth, racer, this.grids[index], datasetBounds(this.dataset), points, readPalette()), 'live');
    }
  }
}
