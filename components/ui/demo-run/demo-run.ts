/**
 * The demo run skeleton every trainable widget composes. The widget gives a settings reader, a plan
 * (plain arms × seeds for lab's run orchestrator), a figure read from the run records, and a view of
 * named parts; the skeleton does the rest of one Train: refuse bad settings with their reason, drive
 * the demo contract (state, value, target, progress, Stop), lock the controls, check for leaked
 * tensors, paint at the start and the end under the one repaint policy (part-painter.ts), and turn
 * what lab reports into done, stopped, diverged or error. A plan one of whose steps would block the
 * page trains in a Web Worker instead (run-worker.ts); the widget hears and gets the same.
 */
import { enginesUsed, loadTfjs, planNeedsTfjs, runArms, tfjsBackendName, tfjsLoaded, type EngineChoice, type EngineName, type RunListener, type RunPlan, type RunsOutcome } from '../../../lab/index';
import { backendRequested, prepareBackend, startLeakCheck } from '../backend/tf-backend';
import { installDebugHook } from '../backend/debug-hook';
import type { Reading, SettingsForm } from '../controls/settings-form';
import { formLink, wireDemoLink, type LinkReading } from './demo-link';
import { engineForNextRun, wireEngineControl } from '../backend/engine-control';
import { DemoStateController, type RunOutcome } from './demo-state';
import { createPartPainter, type PartPainter } from './part-painter';
import { widgetElementFinder, type WidgetElementFinder } from './widget-elements';
import { runInWorker, trainsInWorker } from './run-worker';

/** What a finished (not stopped) run shows: the demo's figure, or why there is none. */
export type Figure = Exclude<RunOutcome, { kind: 'stopped' }>;

/** The figure of a demo whose value is a test accuracy: that accuracy, or an error when lab measured none. */
export function testAccuracyFigure(accuracy: number | undefined): Figure {
  if (accuracy === undefined || !Number.isFinite(accuracy)) return { kind: 'error', message: 'the trainer reported no test accuracy.' };
  return { kind: 'done', value: accuracy };
}

export interface DemoWidget<Settings> {
  /** The widget's settings form: the skeleton reads it for Train, and gives the demo Copy link and restores its links. */
  readonly form?: SettingsForm<Settings>;
  /** Without a form: controls → plain settings, or a refusal naming the field and why. */
  readSettings?(): Reading<Settings>;
  /** Without a form, for a demo that keeps its settings in the address itself: the address Copy link copies. */
  link?(): LinkReading;
  /** Plain settings → the plain run plan for lab's run orchestrator (data may load here). */
  plan?(settings: Settings): RunPlan | Promise<RunPlan>;
  /**
   * For a demo whose work is not training networks (checking derivatives, the perceptron rule): does
   * it in short tasks, watching the signal, reporting progress as steps done of a total. Given
   * instead of plan().
   */
  work?(settings: Settings, run: WorkContext): Promise<WorkOutcome>;
  /** The plan is known and training is about to start: reset the view and mark what the first paint draws. */
  begin?(settings: Settings, plan: RunPlan): void;
  /** What the view hears while the runs go on. */
  readonly listener?: RunListener;
  /** The demo's figure from the finished runs (never called for a stopped run); the final paint follows it. */
  figure(outcome: RunsOutcome, settings: Settings): Figure;
  /** What the status line says when the reader stopped the run (by default the epoch it stopped at). */
  stoppedMessage?(outcome: RunsOutcome): string;
  /** Called when a Train has ended, however it ended, before the final paint. */
  end?(): void;
  /** The view's parts, first drawn first; draw(part) draws one. */
  parts(): readonly string[];
  draw(part: string): void;
  /** Wires the widget's own controls (presets, pickers); called once, after mounting. */
  start?(): void;
}

export interface WorkContext {
  signal: AbortSignal;
  /** The reader's engine setting for this run (TensorFlow.js is loaded when it is 'tfjs', and for every run of a demo whose work is tfjs's). */
  engine: EngineChoice;
  progress(done: number, total: number): void;
}

/** `epochsDone` of `totalEpochs` in the units the work's own progress() calls used: the bar shows it last. */
export type WorkOutcome = Pick<RunsOutcome, 'stopped' | 'epochsDone' | 'totalEpochs'> & {
  /** The engines the work ran on (default: TensorFlow.js, whose ops checks and the perceptron use). */
  engines?: EngineName[];
};

export interface DemoContext {
  readonly root: HTMLElement;
  readonly state: DemoStateController;
  readonly painter: PartPainter;
  readonly find: WidgetElementFinder;
  /** Starts a Train as the button does (ignored while one runs), e.g. for a preset button. */
  train(): void;
}

export interface DemoOptions {
  /** Names the widget in console messages and markup errors. */
  name: string;
  /** Elements whose width changes redraw every part (the widest chart slots). */
  watch(find: WidgetElementFinder): HTMLElement[];
  /** What a refusal says did not start (default "Training"). */
  work?: string;
  /** The tfjs backend the demo prefers (default: the page's, see tf-backend.ts). */
  backend?: string;
  /**
   * The demo uses TensorFlow.js itself (autodiff checks, tfjs steps, a model to save), so tfjs loads and
   * its backend starts when the demo mounts. Otherwise tfjs loads only for a run that needs it.
   */
  tfjs?: boolean;
  /**
   * The demo trains TensorFlow.js models it builds itself (chapter 9's three frameworks), so tfjs-layers
   * is fetched while it mounts, beside the backend, instead of after the data set on the first Train.
   */
  tfjsModels?: boolean;
  /**
   * The demo's work() runs on lab's own engine unless the reader chose TensorFlow.js (the perceptron's
   * steps): tfjs loads for a Train only then. Without it, work() is tfjs's and tfjs loads for every Train.
   */
  labWork?: boolean;
  /** Parts drawn a second while training (default: the one rate, MAX_REPAINTS_PER_SECOND in repaint.ts). */
  repaintsPerSecond?: number;
}

/**
 * Mounts a widget on the skeleton: builds the widget, wires Train, and starts the tfjs backend when the
 * demo will use TensorFlow.js anyway (it says so, the reader chose tfjs, the address asks for a backend,
 * or another demo or cell loaded tfjs already); otherwise the bar names the lab engine and tfjs waits.
 */
export async function mountDemo<Settings>(root: HTMLElement, options: DemoOptions, create: (context: DemoContext) => DemoWidget<Settings>): Promise<void> {
  const state = new DemoStateController(root);
  installDebugHook();
  const tfjsNow = options.tfjs === true || tfjsLoaded() || engineForNextRun() === 'tfjs' || backendRequested();
  // A failed fetch here is not reported: the run asks for layers again and says why if it fails.
  if (options.tfjsModels) void loadTfjs().catch(() => undefined);
  state.showBackend(tfjsNow ? await prepareBackend(options.backend) : undefined);
  wireEngineControl(root, (notice) => state.say(notice));
  const find = widgetElementFinder(options.name, root);
  let widget: DemoWidget<Settings> | undefined;
  const painter = createPartPainter({ order: () => widget?.parts() ?? [], draw: (part) => widget?.draw(part), watch: options.watch(find), maxPerSecond: options.repaintsPerSecond });
  const startTrain = (): void => {
    if (widget && !state.running) void train(options, widget, state, painter);
  };
  widget = create({ root, state, painter, find, train: startTrain });
  state.onTrain(startTrain);
  const linkSource = widget.form ? formLink(root, widget.form) : widget.link && { link: widget.link };
  if (linkSource) wireDemoLink(root, find, linkSource);
  widget.start?.();
}

async function train<Settings>(options: DemoOptions, widget: DemoWidget<Settings>, state: DemoStateController, painter: PartPainter): Promise<void> {
  const reading = widget.form?.read() ?? widget.readSettings?.() ?? { ok: false, reason: 'this demo has no settings form.' };
  if (!reading.ok) {
    state.say(`${options.work ?? 'Training'} did not start: ${reading.reason}`);
    return;
  }
  const { settings } = reading;
  const signal = state.begin();
  const checkLeaks = startLeakCheck(options.name);
  painter.training = true;
  try {
    const outcome = await (widget.plan ? orchestrate(options, widget, settings, signal, state, painter) : doWork(options, widget, settings, signal, state, painter));
    state.showEngines(widget.plan ? enginesUsed(outcome.records) : (outcome as WorkOutcome).engines ?? ['tfjs']);
    state.progress(outcome.epochsDone, outcome.totalEpochs);
    const message = outcome.stopped ? widget.stoppedMessage?.(outcome) : undefined;
    const ending: RunOutcome = outcome.stopped
      ? { kind: 'stopped', epoch: outcome.epochsDone, totalEpochs: outcome.totalEpochs, ...(message ? { message } : {}) }
      : withTime(widget.figure(outcome, settings), outcome.elapsedMs);
    widget.end?.();
    await painter.paintAll();
    state.finish(ending);
  } catch (error) {
    widget.end?.();
    await painter.paintAll();
    state.fail(error);
  } finally {
    painter.training = false;
    checkLeaks();
  }
}

/** Starts the tfjs backend for a run that loads TensorFlow.js (or when it is loaded already), once per demo. */
async function startBackendFor(options: DemoOptions, state: DemoStateController, needed: boolean): Promise<void> {
  if (!state.hasBackend && (needed || tfjsLoaded())) state.showBackend(await prepareBackend(options.backend));
}

async function orchestrate<Settings>(options: DemoOptions, widget: DemoWidget<Settings>, settings: Settings, signal: AbortSignal, state: DemoStateController, painter: PartPainter): Promise<RunsOutcome> {
  const planned = await widget.plan!(settings);
  // The reader's engine setting, unless the demo is about one engine (chapter 9's trains what its TensorFlow.js code reproduces).
  const plan: RunPlan = { ...planned, engine: planned.engine ?? engineForNextRun(), signal };
  await startBackendFor(options, state, planNeedsTfjs(plan));
  const backend = tfjsBackendName();
  const inWorker = trainsInWorker(plan, backend);
  state.showTrainingPlace(inWorker ? 'worker' : 'page');
  await painter.paintStart(() => widget.begin?.(settings, plan));
  const listener: RunListener = {
    ...widget.listener,
    onProgress: (event) => {
      state.progress(event.epochsDone, event.totalEpochs);
      widget.listener?.onProgress?.(event);
    },
  };
  return inWorker ? runInWorker(plan, backend, listener) : runArms(plan, listener);
}

async function doWork<Settings>(options: DemoOptions, widget: DemoWidget<Settings>, settings: Settings, signal: AbortSignal, state: DemoStateController, painter: PartPainter): Promise<RunsOutcome & WorkOutcome> {
  if (!widget.work) throw new Error('A demo needs plan() or work().');
  // Work is tfjs's by default (checks, the cost race), and the bench's grid starts tfjs on this page too.
  const engine = engineForNextRun();
  await startBackendFor(options, state, !options.labWork || engine === 'tfjs');
  const startedAt = performance.now();
  await painter.paintStart(() => widget.begin?.(settings, { arms: [], seeds: [] }));
  const done = await widget.work(settings, { signal, engine, progress: (steps, total) => state.progress(steps, total) });
  return { ...done, records: [], totalRuns: 0, elapsedMs: performance.now() - startedAt };
}

function withTime(figure: Figure, elapsedMs: number): Figure {
  return figure.kind === 'done' ? { elapsedMs, ...figure } : figure;
}
