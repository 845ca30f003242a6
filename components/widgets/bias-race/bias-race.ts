/**
 * The bias race's module, loaded when the widget nears the screen. Train runs four short trainings
 * through lab/bias, one after another: the ReLU network without and with biases on the shifted blobs
 * (decision maps sampled while they train), then the linear unit without and with a bias on the line.
 * The race is done when all four finish; its figure is the with-bias network's test accuracy.
 */
import { biasBlobs, biasLine, BIAS_LINE, runBiasArm, type BiasTask, type Bounds, type tf, type Dataset, type TrainResult, yieldToEventLoop } from '../../../lab/index';
import { onThemeChange, readPalette } from '../../ui/chart-palette';
import { DemoStateController } from '../../ui/demo-state';
import { createGridSampler, type GridSampler } from '../../ui/grid-sampler';
import { readNumberField } from '../../ui/number-field';
import { formatPercent } from '../../ui/number-format';
import { createRepaintScheduler, paintUntilDone } from '../../ui/repaint';
import { readSeriesColours } from '../../ui/series-style';
import { prepareBackend, startLeakCheck } from '../../ui/tf-backend';
import { onWidthChange } from '../../ui/width-watch';
import { BIAS_RACE_DEFAULTS, BIAS_TARGET, GRID_INTERVAL_MS, GRID_RESOLUTION, PLANE_PADDING, REGRESSION_EPOCHS, SLICE_BUDGET_MS } from './bias-race-config';
import { ARM_KEYS, findBiasRaceElements, readBiasRaceSettings, type ArmKey, type BiasRaceElements, type BiasRaceSettings } from './bias-race-dom';
import { drawLines, drawResults, mapSize, testPoints, type ArmState } from './bias-race-view';
import { ArmMap } from './bias-arm-map';
import { planeWithOrigin } from './bias-plane';

const TRUE_LINE = { w: BIAS_LINE.slope, b: BIAS_LINE.intercept };

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new BiasRace(root, findBiasRaceElements(root), demo).start();
}

const waiting = (): Record<ArmKey, ArmState> => ({ without: { phase: 'waiting', epoch: 0 }, with: { phase: 'waiting', epoch: 0 } });
const useBiasOf = (arm: ArmKey): boolean => arm === 'with';

class BiasRace {
  readonly #root: HTMLElement;
  readonly #el: BiasRaceElements;
  readonly #demo: DemoStateController;
  readonly #repaint = createRepaintScheduler(() => this.#paint());
  #palette = readPalette();
  #colours = readSeriesColours();
  #states = waiting();
  #dirtyMaps = new Set<ArmKey>();
  readonly #maps: Readonly<Record<ArmKey, ArmMap>>;
  #blobs: Dataset;
  #line: Dataset;
  #bounds: Bounds;
  #dataKey = '';
  /** What the line chart last showed, so it is redrawn only when a line, the theme or the width changes. */
  #linesDrawn = '';
  #lineWidth = 0;

  constructor(root: HTMLElement, elements: BiasRaceElements, demo: DemoStateController) {
    this.#root = root;
    this.#el = elements;
    this.#demo = demo;
    this.#maps = { without: new ArmMap(elements.maps.without, 'without'), with: new ArmMap(elements.maps.with, 'with') };
    const seed = readNumberField(elements.seed);
    const shift = readNumberField(elements.shift);
    this.#blobs = biasBlobs(BIAS_RACE_DEFAULTS.seed, BIAS_RACE_DEFAULTS.shift);
    this.#line = biasLine(BIAS_RACE_DEFAULTS.seed);
    this.#bounds = planeWithOrigin(this.#blobs, PLANE_PADDING);
    this.#useData(seed.ok ? seed.value : BIAS_RACE_DEFAULTS.seed, shift.ok ? shift.value : BIAS_RACE_DEFAULTS.shift);
  }

  start(): void {
    this.#demo.onTrain(() => void this.#train());
    for (const field of [this.#el.seed, this.#el.shift, this.#el.epochs]) field.addEventListener('input', () => readNumberField(field));
    for (const field of [this.#el.seed, this.#el.shift]) field.addEventListener('change', () => this.#showNewData());
    onThemeChange(() => {
      this.#palette = readPalette();
      this.#colours = readSeriesColours();
      ARM_KEYS.forEach((arm) => this.#dirtyMaps.add(arm));
      this.#linesDrawn = '';
      this.#repaint.flush();
    });
    onWidthChange(this.#el.maps.with.chart, () => {
      ARM_KEYS.forEach((arm) => this.#dirtyMaps.add(arm));
      this.#repaint.request();
    });
    ARM_KEYS.forEach((arm) => this.#dirtyMaps.add(arm));
    this.#repaint.flush();
  }

  /** Before a run: the maps show the data the next run will use. */
  #showNewData(): void {
    const seed = readNumberField(this.#el.seed);
    const shift = readNumberField(this.#el.shift);
    if (this.#demo.running || !seed.ok || !shift.ok || `${seed.value}/${shift.value}` === this.#dataKey) return;
    this.#useData(seed.value, shift.value);
    this.#states = waiting();
    ARM_KEYS.forEach((arm) => this.#dirtyMaps.add(arm));
    this.#el.summary.textContent = '';
    this.#repaint.request();
  }

  #useData(seed: number, shift: number): void {
    const key = `${seed}/${shift}`;
    if (key === this.#dataKey) return;
    this.#dataKey = key;
    this.#blobs = biasBlobs(seed, shift);
    this.#line = biasLine(seed);
    this.#bounds = planeWithOrigin(this.#blobs, PLANE_PADDING);
  }

  async #train(): Promise<void> {
    const reading = readBiasRaceSettings(this.#el);
    if (!reading.ok) {
      this.#demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const settings = reading.settings;
    this.#useData(settings.seed, settings.shift);
    this.#states = waiting();
    ARM_KEYS.forEach((arm) => this.#dirtyMaps.add(arm));
    this.#el.summary.textContent = '';
    delete this.#root.dataset.noBiasTestAccuracy;
    const totalEpochs = 2 * settings.epochs + 2 * REGRESSION_EPOCHS;
    const signal = this.#demo.begin(totalEpochs);
    const checkLeaks = startLeakCheck('bias race');
    const startedAt = performance.now();
    this.#repaint.request();
    try {
      let done = 0;
      for (const [task, epochs] of [['classify', settings.epochs], ['regress', REGRESSION_EPOCHS]] as const) {
        for (const arm of ARM_KEYS) {
          // Disposing the last model and building the next get a task of their own.
          await yieldToEventLoop();
          const result = await this.#runArm(task, arm, settings, signal, (epoch) => this.#demo.progress(done + epoch, totalEpochs));
          done += epochs;
          if (result.status === 'stopped') {
            await this.#paintAll();
            this.#demo.finish({ kind: 'stopped', epoch: done - epochs + result.epoch, totalEpochs });
            return;
          }
          if (result.status === 'diverged') {
            await this.#paintAll();
            this.#demo.finish({ kind: 'diverged', epoch: result.epoch, reason: `${task === 'classify' ? 'the network' : 'the line'} ${arm === 'with' ? 'with' : 'without'} biases: ${result.message ?? 'the loss stopped being finite'}` });
            return;
          }
        }
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

  async #runArm(task: BiasTask, arm: ArmKey, settings: BiasRaceSettings, signal: AbortSignal, onEpoch: (epoch: number) => void): Promise<TrainResult> {
    const classify = task === 'classify';
    let sampler: GridSampler | undefined;
    const samplerFor = (model: tf.Sequential): GridSampler =>
      (sampler ??= createGridSampler(model, this.#bounds, GRID_RESOLUTION, GRID_INTERVAL_MS, (grid) => {
        this.#states[arm] = { ...this.#states[arm], grid };
        this.#dirtyMaps.add(arm);
        this.#repaint.request();
      }));
    if (classify) {
      this.#states[arm] = { phase: 'running', epoch: 0 };
      this.#dirtyMaps.add(arm);
    }
    const { result, line } = await runBiasArm({ task, useBias: useBiasOf(arm) }, {
      seed: settings.seed,
      ...(classify ? { shift: settings.shift, epochs: settings.epochs } : {}),
      signal,
      sliceBudgetMs: SLICE_BUDGET_MS,
      onProgress: (progress, model) => {
        onEpoch(progress.epoch);
        if (classify) {
          this.#states[arm] = { ...this.#states[arm], epoch: progress.epoch, ...(progress.testAccuracy !== undefined ? { testAccuracy: progress.testAccuracy } : {}) };
          samplerFor(model).maybeSample();
          this.#dirtyMaps.add(arm);
        }
        this.#repaint.request();
      },
      beforeDispose: classify ? (model) => samplerFor(model).sampleNow() : undefined,
    });
    const phase = result.status === 'stopped' ? 'stopped' : result.status === 'diverged' ? 'diverged' : 'done';
    if (classify) {
      const testAccuracy = result.final.testAccuracy;
      this.#states[arm] = { ...this.#states[arm], phase, epoch: result.epoch, ...(testAccuracy !== undefined && phase !== 'diverged' ? { testAccuracy } : {}) };
      this.#dirtyMaps.add(arm);
    } else if (line && phase === 'done') {
      this.#states[arm] = { ...this.#states[arm], line, lineMse: result.final.testLoss ?? NaN };
    }
    this.#repaint.request();
    return result;
  }

  #finish(elapsedMs: number): void {
    const without = this.#states.without.testAccuracy;
    const withBias = this.#states.with.testAccuracy;
    if (without === undefined || withBias === undefined) {
      this.#demo.finish({ kind: 'error', message: 'the trainer reported no test accuracy.' });
      return;
    }
    this.#root.dataset.noBiasTestAccuracy = without.toFixed(4);
    this.#el.summary.textContent = this.#summary(without, withBias);
    this.#demo.finish({ kind: 'done', value: withBias, elapsedMs });
  }

  #summary(without: number, withBias: number): string {
    const { without: lineWithout, with: lineWith } = this.#states;
    const lines = lineWithout.line && lineWith.line
      ? ` On the line, the bias-free unit can only tilt: it settles on slope ${lineWithout.line.w.toFixed(2)} through the origin, while the unit with a bias finds slope ${lineWith.line.w.toFixed(2)} and intercept ${lineWith.line.b.toFixed(2)}.`
      : '';
    const verdict = withBias >= BIAS_TARGET && without < BIAS_TARGET
      ? 'Only the network with biases can put its boundary between the blobs.'
      : without >= BIAS_TARGET
        ? 'Both manage here: with the blobs this close to the origin, a boundary through the origin can still separate them.'
        : 'Neither reached the target this time.';
    return `Without biases: ${formatPercent(without)} test accuracy. With biases: ${formatPercent(withBias)}. ${verdict}${lines}`;
  }

  /** Paints everything still waiting, one chart render per task, so the final figures show when the run ends. */
  #paintAll(): Promise<void> {
    return paintUntilDone(this.#repaint, () => this.#paintPending());
  }

  #paintPending(): boolean {
    return this.#dirtyMaps.size > 0 || this.#linesKey() !== this.#linesDrawn;
  }

  /** What the line chart shows; its width is the one read at the start of the last paint. */
  #linesKey(): string {
    return `${this.#palette.fg}|${this.#lineWidth}|${ARM_KEYS.map((arm) => JSON.stringify(this.#states[arm].line ?? null)).join('|')}`;
  }

  /**
   * Draws what changed, with at most one full chart render (a Plot render, tens of milliseconds on a
   * slow machine) per call so no task grows long; whatever is left waits for the next frame.
   * Recolouring a live map is cheap and always done.
   */
  #paint(): void {
    // Sizes are read before anything is written: a read after a write would force a layout.
    const sizes = { without: mapSize(this.#el.maps.without), with: mapSize(this.#el.maps.with) };
    this.#lineWidth = this.#el.line.clientWidth;
    const points = testPoints(this.#blobs);
    let rendered = false;
    for (const arm of ARM_KEYS) {
      if (!this.#dirtyMaps.has(arm)) continue;
      const scene = { points, bounds: this.#bounds, palette: this.#palette, size: sizes[arm] };
      const cheap = this.#maps[arm].isCheap(this.#states[arm], scene);
      if (rendered && !cheap) continue;
      this.#maps[arm].draw(this.#states[arm], scene);
      this.#dirtyMaps.delete(arm);
      rendered ||= !cheap;
    }
    const linesKey = this.#linesKey();
    if (!rendered && linesKey !== this.#linesDrawn) {
      this.#linesDrawn = linesKey;
      drawLines(this.#el, this.#line, this.#states, TRUE_LINE, this.#palette, this.#colours, this.#lineWidth);
    }
    drawResults(this.#el, this.#states);
    if (this.#paintPending()) this.#repaint.request();
  }
}
