/**
 * The capacity widget's module, loaded when the widget nears the screen. Train runs lab's capacity
 * sweep (one network per width, narrowest first); the sweep chart, the chosen width's decision map
 * and loss curves, and the table fill in as runs finish. The slider picks the width shown: it follows
 * the run in training until the reader moves it, and lands on the best width at the end.
 */
import { capacityWidths, noisyCircle, runCapacitySweep, summariseSweep, type CapacityRun, type Depth, type LossPoint, type SweepSummary, datasetBounds, type Bounds, predictGrid, type tf, type Dataset, type GridPrediction, yieldToEventLoop } from '../../../lab/index';
import { onThemeChange, readPalette } from '../../ui/chart-palette';
import type { DecisionMapOptions } from '../../ui/decision-map';
import { DecisionMapSlot, type MapMode } from '../../ui/decision-map-slot';
import { DemoStateController } from '../../ui/demo-state';
import { createGridSampler, type GridSampler } from '../../ui/grid-sampler';
import { readNumberField } from '../../ui/number-field';
import { createRepaintScheduler, paintUntilDone } from '../../ui/repaint';
import { readSeriesColours } from '../../ui/series-style';
import { prepareBackend, startLeakCheck } from '../../ui/tf-backend';
import { onWidthChange } from '../../ui/width-watch';
import { CAPACITY_DEFAULTS, GRID_INTERVAL_MS, GRID_RESOLUTION, INITIAL_WIDTH_INDEX, SLICE_BUDGET_MS, U_SHAPE_TARGET } from './capacity-config';
import { findCapacityElements, readCapacitySettings, readDepth, showWidthChoice, type CapacityElements, type CapacitySettings } from './capacity-dom';
import { describeCurves, describeSweep, summariseText, widthReading, type LiveRun } from './capacity-text';
import { drawCurves, drawSweep, drawTable, mapOptions, neutralGrid, trainingPoints } from './capacity-view';

/** Three charts at up to 30 frames a second would take time from training on a slow machine. */
const REPAINTS_PER_SECOND = 8;
/** The loss curves are a full chart render; while a width trains they are redrawn at most this often. */
const LIVE_CURVES_INTERVAL_MS = 400;

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new CapacityWidget(findCapacityElements(root), demo).start();
}

class CapacityWidget {
  readonly #el: CapacityElements;
  readonly #demo: DemoStateController;
  readonly #repaint = createRepaintScheduler(() => this.#paint(), { maxPerSecond: REPAINTS_PER_SECOND });
  #palette = readPalette();
  #colours = readSeriesColours();
  #depth: Depth = CAPACITY_DEFAULTS.depth;
  #widths: readonly number[] = capacityWidths(CAPACITY_DEFAULTS.depth);
  #runs: (CapacityRun | undefined)[] = [];
  #grids: (GridPrediction | undefined)[] = [];
  #summary?: SweepSummary;
  #live?: LiveRun & { grid?: GridPrediction };
  #selected = INITIAL_WIDTH_INDEX;
  #readerPicked = false;
  #totalEpochs: number = CAPACITY_DEFAULTS.epochs;
  #dataset: Dataset;
  #datasetSeed: number;
  #bounds: Bounds;
  /** Which charts need drawing again; the table and texts are cheap and always redrawn. */
  #dirty = { sweep: true, map: true, curves: true };
  #curvesDrawnAt = -Infinity;
  readonly #map: DecisionMapSlot;

  constructor(elements: CapacityElements, demo: DemoStateController) {
    this.#el = elements;
    this.#demo = demo;
    this.#map = new DecisionMapSlot(elements.map);
    const seed = readNumberField(elements.seed);
    this.#datasetSeed = seed.ok ? seed.value : CAPACITY_DEFAULTS.seed;
    this.#dataset = noisyCircle(this.#datasetSeed);
    this.#bounds = datasetBounds(this.#dataset);
    this.#depth = readDepth(elements) ?? CAPACITY_DEFAULTS.depth;
    this.#widths = capacityWidths(this.#depth);
    this.#selected = Math.min(INITIAL_WIDTH_INDEX, this.#widths.length - 1);
  }

  start(): void {
    const { depth, seed, epochs, width } = this.#el;
    this.#demo.onTrain(() => void this.#train());
    for (const field of [seed, epochs]) field.addEventListener('input', () => readNumberField(field));
    seed.addEventListener('change', () => this.#reset());
    depth.addEventListener('change', () => this.#reset());
    width.addEventListener('input', () => {
      this.#readerPicked = this.#demo.running;
      this.#select(Number(width.value));
    });
    onThemeChange(() => {
      this.#palette = readPalette();
      this.#colours = readSeriesColours();
      this.#markDirty();
      this.#repaint.flush();
    });
    onWidthChange(this.#el.curves, () => {
      this.#markDirty();
      this.#repaint.request();
    });
    this.#reset();
  }

  #markDirty(): void {
    this.#dirty = { sweep: true, map: true, curves: true };
  }

  #select(index: number): void {
    this.#selected = Math.max(0, Math.min(this.#widths.length - 1, Math.round(index)));
    showWidthChoice(this.#el, this.#widths, this.#selected);
    this.#markDirty();
    this.#repaint.request();
  }

  /** Forgets all runs; shows the data the next Train will use, at the current depth's widths. */
  #reset(): void {
    if (this.#demo.running) return;
    const seed = readNumberField(this.#el.seed);
    if (seed.ok && seed.value !== this.#datasetSeed) {
      this.#datasetSeed = seed.value;
      this.#dataset = noisyCircle(seed.value);
      this.#bounds = datasetBounds(this.#dataset);
    }
    this.#depth = readDepth(this.#el) ?? CAPACITY_DEFAULTS.depth;
    this.#widths = capacityWidths(this.#depth);
    this.#runs = this.#widths.map(() => undefined);
    this.#grids = this.#widths.map(() => undefined);
    this.#summary = undefined;
    this.#live = undefined;
    this.#el.summary.textContent = '';
    this.#select(Math.min(this.#selected, this.#widths.length - 1));
  }

  async #train(): Promise<void> {
    const reading = readCapacitySettings(this.#el);
    if (!reading.ok) {
      this.#demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const settings: CapacitySettings = reading.settings;
    this.#reset();
    this.#totalEpochs = settings.epochs;
    this.#readerPicked = false;
    const totalEpochs = this.#widths.length * settings.epochs;
    const signal = this.#demo.begin(totalEpochs);
    const checkLeaks = startLeakCheck('capacity widget');
    let sampler: { index: number; sampler: GridSampler } | undefined;
    const samplerFor = (index: number, model: tf.Sequential): GridSampler => {
      if (sampler?.index !== index) {
        sampler = { index, sampler: createGridSampler(model, this.#bounds, GRID_RESOLUTION, GRID_INTERVAL_MS, (grid) => this.#onLiveGrid(index, grid)) };
      }
      return sampler.sampler;
    };
    try {
      // The click's set-up and building the first model are separate tasks.
      await yieldToEventLoop();
      const outcome = await runCapacitySweep({
        dataset: this.#dataset,
        seed: settings.seed,
        depth: settings.depth,
        epochs: settings.epochs,
        signal,
        sliceBudgetMs: SLICE_BUDGET_MS,
        onRunStart: (width, index) => {
          this.#live = { width, epoch: 0, totalEpochs: settings.epochs, curve: [] };
          if (!this.#readerPicked) this.#select(index);
          this.#markDirty();
        },
        onProgress: ({ index, progress }, model) => {
          const live = this.#live;
          if (live) {
            live.epoch = progress.epoch;
            if (progress.testLoss !== undefined) live.curve = [...live.curve, { epoch: progress.epoch, trainLoss: progress.loss, testLoss: progress.testLoss }];
            if (index === this.#selected) this.#dirty.curves = true;
          }
          samplerFor(index, model).maybeSample();
          this.#demo.progress(index * settings.epochs + progress.epoch, totalEpochs);
          this.#repaint.request();
        },
        afterRun: async (run, model) => {
          const index = this.#widths.indexOf(run.width);
          this.#grids[index] = await predictGrid(model, this.#bounds, GRID_RESOLUTION);
          this.#runs[index] = run;
          this.#live = undefined;
          this.#markDirty();
          this.#repaint.request();
          // The sweep disposes this model and builds the next one in a task of their own.
          await yieldToEventLoop();
        },
      });
      this.#live = undefined;
      await this.#finish(outcome.stopped, outcome.elapsedMs, settings);
    } catch (error) {
      this.#live = undefined;
      this.#markDirty();
      await this.#paintAll();
      this.#demo.fail(error);
    } finally {
      checkLeaks();
    }
  }

  #onLiveGrid(index: number, grid: GridPrediction): void {
    if (this.#live && this.#widths[index] === this.#live.width) {
      this.#live.grid = grid;
      if (index === this.#selected) this.#dirty.map = true;
      this.#repaint.request();
    }
  }

  async #finish(stopped: boolean, elapsedMs: number, settings: CapacitySettings): Promise<void> {
    const finished = this.#runs.filter((run): run is CapacityRun => run !== undefined);
    if (stopped) {
      this.#markDirty();
      await this.#paintAll();
      this.#demo.finish({ kind: 'stopped', epoch: finished.length * settings.epochs, totalEpochs: this.#widths.length * settings.epochs });
      return;
    }
    const diverged = finished.find((run) => run.status === 'diverged');
    if (diverged) {
      this.#markDirty();
      await this.#paintAll();
      this.#demo.finish({ kind: 'diverged', epoch: diverged.epochs, reason: `the network of width ${diverged.width} stopped giving finite losses` });
      return;
    }
    this.#summary = summariseSweep(finished);
    if (!this.#summary) {
      this.#demo.finish({ kind: 'error', message: 'the sweep reported no test losses.' });
      return;
    }
    if (!this.#readerPicked) this.#select(this.#summary.bestIndex);
    this.#el.summary.textContent = summariseText(finished, this.#summary, U_SHAPE_TARGET);
    this.#markDirty();
    await this.#paintAll();
    this.#demo.finish({ kind: 'done', value: this.#summary.uShapeRatio, elapsedMs });
  }

  /** Paints everything still waiting, one chart render per task, so the final figures show when the run ends. */
  #paintAll(): Promise<void> {
    return paintUntilDone(this.#repaint, () => this.#dirty.sweep || this.#dirty.map || this.#dirty.curves);
  }

  /**
   * Draws what changed with at most one full chart render per call (each is a Plot render, tens of
   * milliseconds on a slow machine), so no task grows long; the rest waits for the next frame.
   * Recolouring the live map is cheap and always done; while a run trains, its loss curves are
   * redrawn at most every LIVE_CURVES_INTERVAL_MS.
   */
  #paint(): void {
    // Widths are read before anything is written: a read after a write would force a layout.
    const slots = { map: this.#el.map.clientWidth, curves: this.#el.curves.clientWidth, sweep: this.#el.sweep.clientWidth };
    const finished = this.#runs.filter((run): run is CapacityRun => run !== undefined);
    const width = this.#widths[this.#selected]!;
    const run = this.#runs[this.#selected];
    const reading = this.#summary?.readings[this.#selected];
    this.#el.reading.textContent = widthReading(width, run, reading, this.#live);
    const live = this.#live?.width === width ? this.#live : undefined;
    const map = this.#dirty.map ? this.#mapView(width, live, slots.map) : undefined;
    const rendered = map !== undefined && !this.#map.isCheap(map.options, map.mode);
    if (map) this.#showMap(map);
    const curvesDue = !live || performance.now() - this.#curvesDrawnAt >= LIVE_CURVES_INTERVAL_MS;
    if (!rendered && this.#dirty.curves && curvesDue) this.#paintCurves(width, live?.curve ?? run?.curve ?? [], slots.curves);
    else if (!rendered && this.#dirty.sweep) this.#paintSweep(finished, slots.sweep);
    drawTable(
      this.#el.resultRows,
      this.#widths.map((rowWidth, index) => ({
        width: rowWidth,
        run: this.#runs[index],
        reading: this.#summary?.readings[index],
        training: this.#live?.width === rowWidth,
      })),
      width,
    );
    if (this.#dirty.sweep || this.#dirty.map || this.#dirty.curves) this.#repaint.request();
  }

  #paintSweep(finished: readonly CapacityRun[], slotWidth: number): void {
    this.#dirty.sweep = false;
    const caption = describeSweep(finished, this.#summary);
    this.#el.sweepCaption.textContent = caption;
    if (finished.length === 0) return;
    drawSweep(this.#el.sweep, slotWidth, {
      runs: finished,
      widths: this.#widths,
      ...(this.#summary ? { bestWidth: this.#summary.bestWidth } : {}),
      selectedWidth: this.#widths[this.#selected]!,
      palette: this.#palette,
      colours: this.#colours,
      ariaLabel: `${caption} A ring marks the width shown below.`,
    });
  }

  #mapView(width: number, live: (LiveRun & { grid?: GridPrediction }) | undefined, slotWidth: number): { options: DecisionMapOptions; mode: MapMode; caption: string } {
    const grid = live?.grid ?? this.#grids[this.#selected];
    // A finished run's map is drawn in full, with its 0.5 curve; one in training or untrained is recoloured.
    const mode: MapMode = live || !grid ? 'live' : 'full';
    const withCurve = grid !== undefined && mode === 'full';
    const caption = grid
      ? `Width ${width}: the network’s probability of “inside” over the plane, with the training points (flipped labels included).`
      : `Width ${width}: not trained yet; the ${this.#dataset.train.xs.length} training points, flipped labels included.`;
    const ariaLabel = `${caption} Outside points are circles, inside points triangles${withCurve ? '; the dashed curve is where the output is 0.5' : ''}.`;
    const options = mapOptions(slotWidth, grid ?? neutralGrid(this.#bounds), trainingPoints(this.#dataset), this.#palette, ariaLabel, withCurve);
    return { options, mode, caption };
  }

  #showMap({ options, mode, caption }: { options: DecisionMapOptions; mode: MapMode; caption: string }): void {
    this.#el.mapCaption.textContent = caption;
    this.#map.show(options, mode);
    this.#dirty.map = false;
  }

  #paintCurves(width: number, curve: readonly LossPoint[], slotWidth: number): void {
    const curvesCaption = describeCurves(width, curve);
    this.#el.curvesCaption.textContent = curvesCaption;
    drawCurves(this.#el.curves, curve, this.#totalEpochs, this.#palette, this.#colours, curvesCaption, slotWidth);
    this.#curvesDrawnAt = performance.now();
    this.#dirty.curves = false;
  }
}
