/**
 * The benchmark's entry module, built only into the benchmark's copy of the site (bench/run.mjs) and
 * loaded into a real chapter page. It puts one demo at the top of the page on the demo run skeleton,
 * as every widget is built, and trains the reference workload through lab's run orchestrator (with the
 * decision-grid probe). What the bench measures is the skeleton's cost at this demo's pacing: the map
 * follows training at up to 30 repaints a second and the loss curve at 4, a rate the skeleton takes as
 * this demo's configuration.
 * Each finished run is pushed to window.__referenceBench for the harness to read.
 */
import { type ArmRun, type EpochMetrics, type GridPrediction, datasetBounds, makeDataset } from '../../lab/index.ts';
import { mountDemo } from '../../components/ui/demo-run/demo-run';
import { choiceField, numberField, settingsForm } from '../../components/ui/controls/settings-form';
import { createLiveDecisionMap, type LiveDecisionMap } from '../../components/ui/live-maps/live-decision-map';
import { renderLossCurve } from '../../components/ui/charts/loss-curve';
import { readPalette } from '../../components/ui/charts/chart-palette';
import { liveTensorCount } from '../../components/ui/backend/tf-backend';
import { referenceDatasetOptions, referenceModel, referenceTraining, THROUGHPUT_EPOCHS } from '../reference-workload.ts';
import { insertReferenceDemo } from './reference-markup.ts';
import { watchMainThread, type MainThreadReport } from './main-thread-watch.ts';

/** A live map as a widget would show it: lab's default grid, sampled up to 30 times a second. */
const GRID_RESOLUTION = 40;
const GRID_INTERVAL_MS = 1000 / 30;
const MAP_SIZE = 300;
const LOSS_SIZE = { width: 420, height: 200 };
/** The loss curve changes slowly; redrawing it at the map's rate would double the cost of a repaint. */
const LOSS_INTERVAL_MS = 1000 / 4;
/** Parts drawn a second: the map's 30 and the loss curve's 4. */
const REPAINTS_PER_SECOND = 34;

export interface ReferenceRun extends MainThreadReport {
  seed: number;
  mode: string;
  status: ArmRun['status'];
  message?: string;
  epoch: number;
  testAccuracy: number | null;
  /** From the Train click to the run's end (target reached or epochs done). */
  wallMs: number;
  /** performance.now() when the run ended (the harness times Stop against it). */
  endedAt: number;
  trainMs: number;
  samplesPerSecond: number;
  /** Decision maps drawn between the click and the end of training, and the time spent drawing them. */
  repaints: number;
  paintMs: number;
  engine: string;
  backend: string;
  tensorsLeaked: number;
}

declare global {
  interface Window {
    __referenceBench?: ReferenceRun[];
  }
}

interface ReferenceSettings {
  seed: number;
  mode: 'target' | 'throughput';
  engine: 'auto' | 'tfjs';
}

/** One Train, as measured: from the click (the plan is made in the click's task) to the run's end. */
interface Measure {
  settings: ReferenceSettings;
  clickedAt: number;
  tensorsBefore: number;
  watch: ReturnType<typeof watchMainThread>;
  report?: MainThreadReport;
  endedAt?: number;
  run?: ArmRun;
  repaints: number;
  paintMs: number;
}

function mount(): Promise<void> {
  const el = insertReferenceDemo();
  window.__referenceBench = [];
  return mountDemo<ReferenceSettings>(el.root, { name: 'reference demo', watch: () => [el.map], repaintsPerSecond: REPAINTS_PER_SECOND }, ({ painter }) => {
    const form = settingsForm<ReferenceSettings>({ seed: numberField(el.seed), mode: choiceField(el.mode, ['target', 'throughput'], 'Run'), engine: choiceField(el.engine, ['auto', 'tfjs'], 'Engine') });
    const palette = readPalette();
    let history: EpochMetrics[] = [];
    let grid: GridPrediction | undefined;
    let map: LiveDecisionMap | undefined;
    let points: { x: number; y: number; label: number }[] = [];
    let epochs = 0;
    let lossMarkedAt = -Infinity;
    let measure: Measure | undefined;
    const drawMap = (): void => {
      if (!grid) return;
      const paintStart = performance.now();
      if (map) map.update(grid);
      else {
        map = createLiveDecisionMap({ grid, points, colourDomain: [0, 0.5, 1], palette, size: MAP_SIZE, ariaLabel: 'Decision map' });
        el.map.replaceChildren(map.element);
      }
      if (measure && measure.endedAt === undefined) {
        measure.repaints += 1;
        measure.paintMs += performance.now() - paintStart;
      }
    };
    return {
      form,
      plan: (settings) => {
        measure = { settings, clickedAt: performance.now(), tensorsBefore: liveTensorCount(), watch: watchMainThread(performance.now()), repaints: 0, paintMs: 0 };
        const dataset = makeDataset('spiral', referenceDatasetOptions(settings.seed));
        const { target, seed: batchSeed, sliceBudgetMs, ...recipe } = referenceTraining(settings.seed);
        const { seed: _modelSeed, ...model } = referenceModel(settings.seed);
        epochs = settings.mode === 'throughput' ? THROUGHPUT_EPOCHS : recipe.epochs;
        points = dataset.test.xs.map(([x = 0, y = 0], i) => ({ x, y, label: dataset.test.ys[i] ?? 0 }));
        history = [];
        return {
          arms: [{
            id: 'reference',
            model: { kind: 'dense', config: model },
            dataset,
            train: { ...recipe, ...(settings.mode === 'throughput' ? {} : { target }), epochs },
            probes: [{ id: 'decision-grid', bounds: datasetBounds(dataset), resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS }],
          }],
          seeds: [batchSeed ?? settings.seed],
          engine: settings.engine,
          ...(sliceBudgetMs !== undefined ? { sliceBudgetMs } : {}),
        };
      },
      listener: {
        onProgress: ({ progress }) => {
          history.push({ epoch: progress.epoch, loss: progress.loss });
          if (performance.now() - lossMarkedAt < LOSS_INTERVAL_MS) return;
          lossMarkedAt = performance.now();
          painter.redraw('loss');
        },
        onProbe: (event) => {
          if (event.probe !== 'decision-grid') return;
          grid = event.data;
          painter.redraw('map');
        },
        /** The run has ended (its final map sampled, about a millisecond on the array engine). */
        onRunEnd: (run) => {
          if (!measure) return;
          measure.endedAt = performance.now();
          measure.report = measure.watch.stop();
          measure.run = run;
        },
      },
      figure: (outcome) => {
        const run = outcome.records[0];
        return run ? { kind: 'done', value: run.metrics.testAccuracy ?? 0 } : { kind: 'error', message: 'the run left no record' };
      },
      end: () => {
        if (measure) window.__referenceBench!.push(record(measure));
        measure = undefined;
      },
      parts: () => ['map', 'loss'],
      draw: (part) => (part === 'map' ? drawMap() : el.loss.replaceChildren(renderLossCurve({ history, totalEpochs: epochs, palette, ...LOSS_SIZE }))),
    };
  });
}

/** What the harness reads of one Train (a stopped or failed run included). */
function record(measure: Measure): ReferenceRun {
  const { settings, run, clickedAt } = measure;
  const endedAt = measure.endedAt ?? performance.now();
  const report = measure.report ?? measure.watch.stop();
  return {
    seed: settings.seed, mode: settings.mode, status: run?.status ?? 'error', ...(run ? {} : { message: 'the run was stopped or failed before it ended' }),
    epoch: run?.epochs ?? 0, testAccuracy: run?.metrics.testAccuracy ?? null, wallMs: endedAt - clickedAt, endedAt,
    trainMs: run?.timings.elapsedMs ?? 0, samplesPerSecond: run?.timings.samplesPerSecond ?? 0,
    repaints: measure.repaints, paintMs: measure.paintMs, engine: run?.engine ?? '', backend: run?.backend ?? '', ...report,
    tensorsLeaked: liveTensorCount() - measure.tensorsBefore,
  };
}

void mount();
