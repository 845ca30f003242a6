/**
 * The benchmark's entry module, built only into the benchmark's copy of the site (bench/run.mjs) and
 * loaded into a real chapter page. It puts one demo at the top of the page, made of the shared parts
 * widgets are built from (DemoStateController, the repaint scheduler, the live decision map, the loss
 * curve, tf-backend) and trains the reference workload through lab's run orchestrator (runArms, with
 * the decision-grid probe), as a widget does: the map follows training at up to 30 repaints a second,
 * the loss curve at 4.
 * Each finished run is pushed to window.__referenceBench for the harness to read.
 */
import { type EpochMetrics, type GridPrediction, datasetBounds, makeDataset, runArms, type ArmRun } from '../../lab/index.ts';
import { DemoStateController } from '../../components/ui/demo-run/demo-state';
import { createRepaintScheduler } from '../../components/ui/demo-run/repaint';
import { createLiveDecisionMap, type LiveDecisionMap } from '../../components/ui/live-maps/live-decision-map';
import { renderLossCurve } from '../../components/ui/charts/loss-curve';
import { readPalette } from '../../components/ui/charts/chart-palette';
import { liveTensorCount, prepareBackend } from '../../components/ui/backend/tf-backend';
import { referenceDatasetOptions, referenceModel, referenceTraining, THROUGHPUT_EPOCHS } from '../reference-workload.ts';
import { insertReferenceDemo, type ReferenceElements } from './reference-markup.ts';
import { watchMainThread, type MainThreadReport } from './main-thread-watch.ts';

/** A live map as a widget would show it: lab's default grid, refreshed up to 30 times a second. */
const GRID_RESOLUTION = 40;
const GRID_INTERVAL_MS = 1000 / 30;
const MAP_SIZE = 300;
const LOSS_SIZE = { width: 420, height: 200 };
/** The loss curve changes slowly; redrawing it at the map's rate would double the cost of a repaint. */
const LOSS_REPAINTS_PER_SECOND = 4;

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

async function mount(): Promise<void> {
  const elements = insertReferenceDemo();
  const demo = new DemoStateController(elements.root);
  const backend = await prepareBackend();
  demo.showBackend(backend);
  window.__referenceBench = [];
  demo.onTrain(() => void runOnce(elements, demo, backend, performance.now()));
}

async function runOnce(el: ReferenceElements, demo: DemoStateController, backend: string, clickedAt: number): Promise<void> {
  const seed = Number(el.seed.value);
  const mode = el.mode.value;
  const engine = el.engine.value === 'tfjs' ? 'tfjs' : 'auto';
  const watch = watchMainThread(clickedAt);
  const tensorsBefore = liveTensorCount();
  const dataset = makeDataset('spiral', referenceDatasetOptions(seed));
  const options = referenceTraining(seed);
  const epochs = mode === 'throughput' ? THROUGHPUT_EPOCHS : options.epochs;
  const { seed: _modelSeed, ...model } = referenceModel(seed);
  const palette = readPalette();
  const points = dataset.test.xs.map(([x = 0, y = 0], i) => ({ x, y, label: dataset.test.ys[i] ?? 0 }));
  const history: EpochMetrics[] = [];
  let grid: GridPrediction | undefined;
  let repaints = 0;
  let paintMs = 0;
  let training = true;
  let map: LiveDecisionMap | undefined;
  const repaint = createRepaintScheduler(() => {
    const paintStart = performance.now();
    if (grid && map) map.update(grid);
    else if (grid) {
      map = createLiveDecisionMap({ grid, points, colourDomain: [0, 0.5, 1], palette, size: MAP_SIZE, ariaLabel: 'Decision map' });
      el.map.replaceChildren(map.element);
    }
    if (training && grid) {
      repaints += 1;
      paintMs += performance.now() - paintStart;
    }
    lossRepaint.request();
  });
  const lossRepaint = createRepaintScheduler(() => {
    el.loss.replaceChildren(renderLossCurve({ history, totalEpochs: epochs, palette, ...LOSS_SIZE }));
  }, { maxPerSecond: LOSS_REPAINTS_PER_SECOND });
  const signal = demo.begin(epochs);
  let record: Omit<ReferenceRun, 'tensorsLeaked'> | undefined;
  try {
    const { target, seed: batchSeed, sliceBudgetMs, ...recipe } = options;
    let endedAt = 0;
    let report: MainThreadReport | undefined;
    const outcome = await runArms({
      arms: [{
        id: 'reference',
        model: { kind: 'dense', config: model },
        dataset,
        train: { ...recipe, ...(mode === 'throughput' ? {} : { target }), epochs },
        probes: [{ id: 'decision-grid', bounds: datasetBounds(dataset), resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS }],
      }],
      seeds: [batchSeed ?? seed],
      engine,
      ...(sliceBudgetMs !== undefined ? { sliceBudgetMs } : {}),
      signal,
    }, {
      onProgress: ({ progress }) => {
        history.push({ epoch: progress.epoch, loss: progress.loss });
        demo.progress(progress.epoch, epochs);
      },
      onProbe: (event) => {
        if (event.probe !== 'decision-grid') return;
        grid = event.data;
        repaint.request();
      },
      /** The run has ended (its final map sampled, about a millisecond on the array engine). */
      onRunEnd: () => {
        endedAt = performance.now();
        training = false;
        report = watch.stop();
      },
    });
    const run = outcome.records[0];
    training = false;
    report ??= watch.stop();
    if (endedAt === 0) endedAt = performance.now();
    repaint.flush();
    lossRepaint.flush();
    if (!run) throw new Error('the run was stopped');
    const testAccuracy = run.metrics.testAccuracy ?? null;
    record = {
      seed, mode, status: run.status, epoch: run.epochs, testAccuracy,
      wallMs: endedAt - clickedAt, endedAt, trainMs: run.timings.elapsedMs, samplesPerSecond: run.timings.samplesPerSecond,
      repaints, paintMs, engine: run.engine ?? 'tfjs', backend, ...report,
    };
    demo.finish({ kind: 'done', value: testAccuracy ?? 0, elapsedMs: endedAt - clickedAt });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    record = {
      seed, mode, status: 'error', message, epoch: 0, testAccuracy: null, wallMs: performance.now() - clickedAt, endedAt: performance.now(), trainMs: 0,
      samplesPerSecond: 0, repaints, paintMs, engine: '', backend, ...watch.stop(),
    };
    demo.finish({ kind: 'error', message });
  } finally {
    repaint.cancel();
    lossRepaint.cancel();
    if (record) window.__referenceBench!.push({ ...record, tensorsLeaked: liveTensorCount() - tensorsBefore });
  }
}

void mount();
