/**
 * The bias race's module, loaded when the widget nears the screen. Train runs four short trainings
 * through lab/bias, one after another: the ReLU network without and with biases on the shifted blobs
 * (decision maps sampled while they train), then the linear unit without and with a bias on the line.
 * The race is done when all four finish; its figure is the with-bias network's test accuracy.
 */
import { biasBlobs, biasLine, BIAS_LINE, runBiasArm, type BiasTask } from '../../../lab/bias/index';
import type { Bounds } from '../../../lab/datasets/index';
import type { tf } from '../../../lab/tfjs';
import type { Dataset, TrainResult } from '../../../lab/types';
import { onThemeChange, readPalette } from '../../ui/chart-palette';
import { DemoStateController } from '../../ui/demo-state';
import { createGridSampler, type GridSampler } from '../../ui/grid-sampler';
import { readNumberField } from '../../ui/number-field';
import { formatPercent } from '../../ui/number-format';
import { createRepaintScheduler } from '../../ui/repaint';
import { readSeriesColours } from '../../ui/series-style';
import { liveTensorCount, prepareBackend } from '../../ui/tf-backend';
import { BIAS_RACE_DEFAULTS, BIAS_TARGET, GRID_INTERVAL_MS, GRID_RESOLUTION, PLANE_PADDING, REGRESSION_EPOCHS, SLICE_BUDGET_MS } from './bias-race-config';
import { ARM_KEYS, findBiasRaceElements, readBiasRaceSettings, type ArmKey, type BiasRaceElements, type BiasRaceSettings } from './bias-race-dom';
import { drawLines, drawMap, drawResults, testPoints, type ArmState } from './bias-race-view';
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
  #blobs: Dataset;
  #line: Dataset;
  #bounds: Bounds;
  #dataKey = '';
  /** What the line chart last showed, so it is redrawn only when a line, the theme or the width changes. */
  #linesDrawn = '';

  constructor(root: HTMLElement, elements: BiasRaceElements, demo: DemoStateController) {
    this.#root = root;
    this.#el = elements;
    this.#demo = demo;
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
    new ResizeObserver(() => {
      ARM_KEYS.forEach((arm) => this.#dirtyMaps.add(arm));
      this.#repaint.request();
    }).observe(this.#el.maps.with.chart);
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
    const tensorsBefore = liveTensorCount();
    const startedAt = performance.now();
    this.#repaint.flush();
    try {
      let done = 0;
      for (const [task, epochs] of [['classify', settings.epochs], ['regress', REGRESSION_EPOCHS]] as const) {
        for (const arm of ARM_KEYS) {
          const result = await this.#runArm(task, arm, settings, signal, (epoch) => this.#demo.progress(done + epoch, totalEpochs));
          done += epochs;
          if (result.status === 'stopped') {
            this.#demo.finish({ kind: 'stopped', epoch: done - epochs + result.epoch, totalEpochs });
            return;
          }
          if (result.status === 'diverged') {
            this.#demo.finish({ kind: 'diverged', epoch: result.epoch, reason: `${task === 'classify' ? 'the network' : 'the line'} ${arm === 'with' ? 'with' : 'without'} biases: ${result.message ?? 'the loss stopped being finite'}` });
            return;
          }
        }
      }
      this.#finish(performance.now() - startedAt);
    } catch (error) {
      this.#repaint.flush();
      this.#demo.finish({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      const leaked = liveTensorCount() - tensorsBefore;
      if (leaked !== 0) console.error(`bias race: ${leaked} tensor(s) not disposed after training`);
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
    this.#repaint.flush();
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

  #paint(): void {
    const points = testPoints(this.#blobs);
    for (const arm of ARM_KEYS) {
      if (this.#dirtyMaps.has(arm)) drawMap(this.#el.maps[arm], arm, this.#states[arm], points, this.#bounds, this.#palette);
    }
    this.#dirtyMaps.clear();
    const linesKey = `${this.#palette.fg}|${this.#el.line.clientWidth}|${ARM_KEYS.map((arm) => JSON.stringify(this.#states[arm].line ?? null)).join('|')}`;
    if (linesKey !== this.#linesDrawn) {
      this.#linesDrawn = linesKey;
      drawLines(this.#el, this.#line, this.#states, TRUE_LINE, this.#palette, this.#colours);
    }
    drawResults(this.#el, this.#states);
  }
}
