/**
 * The activation race's module, loaded when the widget nears the screen. Train reads the chosen
 * activations and settings, then runs lab's trainer once per activation, one after another, drawing
 * each run's decision map, the loss curves and the table at a capped rate.
 */
import { getActivation, datasetBounds, type Dataset, type EpochMetrics, type GridPrediction, yieldToEventLoop } from '../../../lab/index';
import { shortName } from '../../ui/activation-names';
import { onThemeChange, readPalette } from '../../ui/chart-palette';
import { DemoStateController } from '../../ui/demo-state';
import { readNumberField } from '../../ui/number-field';
import { createRepaintScheduler, paintUntilDone } from '../../ui/repaint';
import { readSeriesColours } from '../../ui/series-style';
import { prepareBackend, startLeakCheck } from '../../ui/tf-backend';
import { DecisionMapSlot } from '../../ui/decision-map-slot';
import { onWidthChange } from '../../ui/width-watch';
import { GRID_RESOLUTION, RACE_TARGET } from './race-config';
import { describeRace, raceOutcome, settle, type RacerState } from './race-summary';
import { raceDataset, runRacer, type RaceSettings } from './race-training';
import { buildMapPanels, drawLossCurves, drawTable, mapCaption, mapOptions, neutralGrid, testPoints, type MapPanel } from './race-view';
import { findRaceElements, readRacers, readRaceSettings, type RaceElements } from './race-dom';

/** Several maps and a chart: redrawing more often than this slows training for nothing the eye can use. */
const PAINTS_PER_SECOND = 6;
/** The loss chart is a full Plot render; while a run trains it is redrawn at most this often. */
const LIVE_CURVES_INTERVAL_MS = 400;

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new ActivationRace(findRaceElements(root), demo).start();
}

function waitingRacer(id: string, totalEpochs: number): RacerState {
  return { id, label: shortName(getActivation(id)), phase: 'waiting', epoch: 0, totalEpochs };
}

class ActivationRace {
  readonly #el: RaceElements;
  readonly #demo: DemoStateController;
  readonly #repaint = createRepaintScheduler(() => this.#paint(), { maxPerSecond: PAINTS_PER_SECOND });
  #palette = readPalette();
  #colours = readSeriesColours();
  #racers: RacerState[] = [];
  #histories: EpochMetrics[][] = [];
  #grids: (GridPrediction | undefined)[] = [];
  #panels: MapPanel[] = [];
  #slots: DecisionMapSlot[] = [];
  /** Which maps need drawing again (a new grid, a resize or a theme change). */
  #dirtyMaps = new Set<number>();
  #curvesDirty = true;
  #curvesDrawnAt = -Infinity;
  #dataset: Dataset;
  #datasetSeed: number;
  #totalEpochs: number;

  constructor(elements: RaceElements, demo: DemoStateController) {
    this.#el = elements;
    this.#demo = demo;
    const seed = readNumberField(elements.seed);
    const epochs = readNumberField(elements.epochs);
    this.#datasetSeed = seed.ok ? seed.value : 0;
    this.#totalEpochs = epochs.ok ? epochs.value : 1;
    this.#dataset = raceDataset(this.#datasetSeed);
  }

  start(): void {
    this.#demo.onTrain(() => void this.#train());
    this.#el.racers.addEventListener('change', () => {
      if (!this.#demo.running) this.#resetRacers();
    });
    for (const field of [this.#el.seed, this.#el.learningRate, this.#el.epochs]) field.addEventListener('input', () => readNumberField(field));
    onThemeChange(() => {
      this.#palette = readPalette();
      this.#colours = readSeriesColours();
      this.#markAllMapsDirty();
      this.#curvesDirty = true;
      this.#repaint.flush();
    });
    onWidthChange(this.#el.maps, () => {
      this.#markAllMapsDirty();
      this.#curvesDirty = true;
      this.#repaint.request();
    });
    this.#resetRacers();
  }

  #markAllMapsDirty(): void {
    this.#racers.forEach((_, index) => this.#dirtyMaps.add(index));
  }

  /**
   * Panels and table rows for the current choice, before any training. The panels (and the maps
   * drawn in them) are kept when the choice is unchanged, so a new run only recolours its maps.
   */
  #resetRacers(): void {
    const chosen = readRacers(this.#el);
    const ids = chosen.ok ? chosen.ids : [];
    const sameChoice = ids.join() === this.#racers.map((racer) => racer.id).join() && this.#panels.length === ids.length;
    this.#racers = ids.map((id) => waitingRacer(id, this.#totalEpochs));
    this.#histories = ids.map(() => []);
    this.#grids = ids.map(() => undefined);
    if (!sameChoice) {
      this.#panels = buildMapPanels(this.#el.maps, this.#racers);
      this.#slots = this.#panels.map((panel) => new DecisionMapSlot(panel.map));
    }
    this.#markAllMapsDirty();
    this.#curvesDirty = true;
    this.#el.summary.textContent = '';
    this.#repaint.request();
  }

  async #train(): Promise<void> {
    const chosen = readRacers(this.#el);
    const settings = readRaceSettings(this.#el);
    if (!chosen.ok || !settings.ok) {
      this.#demo.say(`Training did not start: ${!chosen.ok ? chosen.reason : settings.ok ? '' : settings.reason}`);
      return;
    }
    const { seed, epochs } = settings.settings;
    if (seed !== this.#datasetSeed) {
      this.#datasetSeed = seed;
      this.#dataset = raceDataset(seed);
    }
    this.#totalEpochs = epochs;
    this.#resetRacers();
    const signal = this.#demo.begin(epochs * this.#racers.length);
    const checkLeaks = startLeakCheck('activation race');
    const startedAt = performance.now();
    try {
      for (let index = 0; index < this.#racers.length; index++) {
        if (signal.aborted) {
          this.#racers[index] = { ...this.#racers[index]!, phase: 'skipped' };
          continue;
        }
        // Disposing the last model and building the next get a task of their own.
        await yieldToEventLoop();
        await this.#runOne(index, settings.settings, signal);
      }
      const elapsedMs = performance.now() - startedAt;
      await this.#paintAll();
      this.#finish(elapsedMs);
    } catch (error) {
      await this.#paintAll();
      this.#demo.fail(error);
    } finally {
      checkLeaks();
    }
  }

  async #runOne(index: number, settings: RaceSettings, signal: AbortSignal): Promise<void> {
    const racer = this.#racers[index]!;
    this.#racers[index] = { ...racer, phase: 'running' };
    const doneBefore = index * settings.epochs;
    const result = await runRacer({ id: racer.id }, this.#dataset, settings, signal, {
      onProgress: (progress) => {
        this.#histories[index]!.push({ epoch: progress.epoch, loss: progress.loss });
        this.#racers[index] = {
          ...this.#racers[index]!,
          epoch: progress.epoch,
          loss: progress.loss,
          ...(progress.testAccuracy !== undefined ? { testAccuracy: progress.testAccuracy } : {}),
          ...(progress.testLoss !== undefined ? { testLoss: progress.testLoss } : {}),
        };
        this.#demo.progress(doneBefore + progress.epoch, settings.epochs * this.#racers.length);
        this.#curvesDirty = true;
        this.#repaint.request();
      },
      onGrid: (grid) => {
        this.#grids[index] = grid;
        this.#dirtyMaps.add(index);
        this.#repaint.request();
      },
    });
    this.#histories[index] = result.history.map((row) => ({ epoch: row.epoch, loss: row.loss }));
    this.#racers[index] = settle(this.#racers[index]!, result);
    this.#dirtyMaps.add(index);
    this.#curvesDirty = true;
    this.#demo.progress(doneBefore + settings.epochs, settings.epochs * this.#racers.length);
    this.#repaint.request();
  }

  #finish(elapsedMs: number): void {
    const outcome = raceOutcome(this.#racers);
    const summary = describeRace(this.#racers, RACE_TARGET);
    this.#el.summary.textContent = summary;
    switch (outcome.kind) {
      case 'done':
        this.#demo.finish({ kind: 'done', value: outcome.best, elapsedMs });
        break;
      case 'diverged':
        this.#demo.finish({ kind: 'diverged', epoch: outcome.racer.epoch, reason: `every run diverged (${outcome.racer.label} first, at epoch ${outcome.racer.epoch})` });
        break;
      case 'stopped': {
        const current = this.#racers.find((racer) => racer.phase === 'stopped');
        this.#demo.finish({ kind: 'stopped', epoch: current?.epoch ?? 0, totalEpochs: this.#totalEpochs });
        break;
      }
    }
  }

  /** Paints everything still waiting, one chart render per task, so the final figures show when the race ends. */
  #paintAll(): Promise<void> {
    return paintUntilDone(this.#repaint, () => this.#paintPending());
  }

  #paintPending(): boolean {
    return this.#dirtyMaps.size > 0 || this.#curvesDirty;
  }

  /**
   * Draws what changed with at most one full chart render per call (a Plot render costs tens of
   * milliseconds on a slow machine), so no task grows long; the rest waits for the next frame.
   * Recolouring a map drawn earlier in the run is cheap and always done; while a run trains, the loss
   * chart is redrawn at most every LIVE_CURVES_INTERVAL_MS.
   */
  #paint(): void {
    // Widths are read before anything is written: a read after a write would force a layout.
    const mapWidths = this.#panels.map((panel) => panel.map.clientWidth);
    const lossWidth = this.#el.loss.clientWidth;
    const points = testPoints(this.#dataset);
    const neutral = neutralGrid(datasetBounds(this.#dataset), GRID_RESOLUTION);
    let rendered = false;
    for (const index of [...this.#dirtyMaps]) {
      const panel = this.#panels[index];
      const slot = this.#slots[index];
      if (!panel || !slot) {
        this.#dirtyMaps.delete(index);
        continue;
      }
      const options = mapOptions(mapWidths[index] ?? 0, this.#racers[index]!, this.#grids[index], neutral, points, this.#palette);
      const cheap = slot.isCheap(options, 'live');
      if (rendered && !cheap) continue;
      panel.caption.textContent = mapCaption(this.#racers[index]!);
      slot.show(options, 'live');
      this.#dirtyMaps.delete(index);
      rendered ||= !cheap;
    }
    const running = this.#racers.some((racer) => racer.phase === 'running');
    const curvesDue = !running || performance.now() - this.#curvesDrawnAt >= LIVE_CURVES_INTERVAL_MS;
    if (!rendered && this.#curvesDirty && curvesDue) {
      drawLossCurves(this.#el.loss, this.#el.lossCaption, this.#racers, this.#histories, this.#totalEpochs, this.#palette, this.#colours, lossWidth);
      this.#curvesDirty = false;
      this.#curvesDrawnAt = performance.now();
    }
    drawTable(this.#el.resultRows, this.#racers, RACE_TARGET);
    if (this.#paintPending()) this.#repaint.request();
  }
}
