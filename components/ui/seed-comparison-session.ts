/**
 * One Train press of a seed-comparison widget, end to end: refuse bad settings with their reason, lock
 * the selects, let the widget load its data and make its arms, train every arm once per seed through
 * lab's runSeedComparison (progress over all runs, the current run named), paint at the start and end,
 * check that no tensor outlived the runs, and report the target arm's mean test accuracy to the demo
 * contract. The widget keeps its own charts and words; it hears about runs through the hooks.
 */
import { runSeedComparison, type ComparisonArm, type ComparisonProgress, type ComparisonRun, type ComparisonTrainOptions, type tf, type Dataset } from '../../lab/index';
import type { ComparisonNumbers, Reading } from './comparison-settings';
import type { DemoStateController } from './demo-state';
import { percent } from './seed-accuracy';
import { armLabel, emptyResults, labelledSummaries, type ComparisonResults } from './seed-comparison-results';
import { startLeakCheck } from './tf-backend';

export interface ComparisonSetup<Probe> {
  arms: readonly ComparisonArm<Probe>[];
  dataset: Dataset;
}

/** The arm whose mean test accuracy is the demo's figure. */
export interface TargetArm {
  id: string;
  /** Why the run ends as diverged when none of this arm's runs finished, e.g. "every trained-β run diverged". */
  divergedReason: string;
  /** The result after its value in the status line, e.g. "for trained-β Swish". */
  resultSuffix: string;
}

/** What a widget compares, fixed for the page: a module-level constant. */
export interface ComparisonSpec {
  /** Names the widget in console messages. */
  name: string;
  target: TargetArm;
  /** Arms per seed, known before the data loads so the progress bar can start. */
  armCount: number;
  /** Everything of lab's train options except what the settings give (epochs, learning rate). */
  train: Omit<ComparisonTrainOptions, 'epochs' | 'learningRate'>;
  /** Shown in the current-run line while the data loads. */
  loadingText?: string;
}

/** Where the session reports: the demo contract, and the line naming the run in training. */
export interface SessionOutlets {
  demo: DemoStateController;
  current: HTMLElement;
  /** Controls the demo frame does not lock by itself while training. */
  locked: readonly HTMLSelectElement[];
}

/** How the widget takes part in a Train. */
export interface SessionHooks<Settings, Probe> {
  setup(settings: Settings): Promise<ComparisonSetup<Probe>>;
  /** The results exist and are empty; mark what the first paint must draw. */
  onStart?(results: ComparisonResults<Settings, Probe>): void;
  onProgress?(progress: ComparisonProgress, model: tf.Sequential): void;
  /** A run finished and was added to the results. */
  onRunComplete(run: ComparisonRun<Probe>): void;
  /** Draws what changed, one part per task (called at the start and the end of a Train). */
  paint(): Promise<void>;
}

export class SeedComparisonSession<Settings extends ComparisonNumbers, Probe> {
  readonly #spec: ComparisonSpec;
  readonly #outlets: SessionOutlets;
  readonly #hooks: SessionHooks<Settings, Probe>;
  #results?: ComparisonResults<Settings, Probe>;
  /** Epochs trained over all runs so far, for the stopped message. */
  #epochsDone = 0;

  constructor(spec: ComparisonSpec, outlets: SessionOutlets, hooks: SessionHooks<Settings, Probe>) {
    this.#spec = spec;
    this.#outlets = outlets;
    this.#hooks = hooks;
  }

  /** The latest Train's results, undefined before the first. */
  get results(): ComparisonResults<Settings, Probe> | undefined {
    return this.#results;
  }

  async train(reading: Reading<{ settings: Settings }>): Promise<void> {
    const { demo, current, locked } = this.#outlets;
    if (!reading.ok) {
      demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const { settings } = reading;
    const totalEpochs = settings.epochs * settings.seedCount * this.#spec.armCount;
    const signal = demo.begin(totalEpochs);
    this.#epochsDone = 0;
    locked.forEach((select) => { select.disabled = true; });
    const checkLeaks = startLeakCheck(this.#spec.name);
    try {
      if (this.#spec.loadingText) current.textContent = this.#spec.loadingText;
      const outcome = await this.#compare(settings, signal, totalEpochs);
      current.textContent = '';
      await this.#hooks.paint();
      this.#finish(outcome.stopped, outcome.elapsedMs, totalEpochs);
    } catch (error) {
      current.textContent = '';
      await this.#hooks.paint();
      demo.fail(error);
    } finally {
      locked.forEach((select) => { select.disabled = false; });
      checkLeaks();
    }
  }

  async #compare(settings: Settings, signal: AbortSignal, totalEpochs: number) {
    const hooks = this.#hooks;
    const { demo, current } = this.#outlets;
    const { arms, dataset } = await hooks.setup(settings);
    const results = emptyResults<Settings, Probe>(settings, arms, dataset);
    this.#results = results;
    hooks.onStart?.(results);
    await hooks.paint();
    return runSeedComparison({
      arms,
      dataset,
      baseSeed: settings.baseSeed,
      seedCount: settings.seedCount,
      train: { ...this.#spec.train, epochs: settings.epochs, learningRate: settings.learningRate },
      signal,
      onRunStart: (run, totalRuns) => {
        current.textContent = `Run ${run.index + 1} of ${totalRuns}: ${armLabel(this.#results, run.armId)}, seed ${run.seed}.`;
      },
      onProgress: (event, model) => {
        this.#epochsDone = event.run.index * settings.epochs + event.progress.epoch;
        demo.progress(this.#epochsDone, totalEpochs);
        hooks.onProgress?.(event, model);
      },
      onRunComplete: (run) => {
        this.#results?.runs.push(run);
        hooks.onRunComplete(run);
      },
    });
  }

  #finish(stopped: boolean, elapsedMs: number, totalEpochs: number): void {
    const { demo } = this.#outlets;
    const { target } = this.#spec;
    const results = this.#results;
    if (stopped || !results) {
      demo.finish({ kind: 'stopped', epoch: this.#epochsDone, totalEpochs });
      return;
    }
    const summary = labelledSummaries(results).find((entry) => entry.armId === target.id);
    if (!summary || summary.mean === null) {
      const first = results.runs.find((run) => run.status === 'diverged');
      demo.finish({ kind: 'diverged', epoch: first?.epochs ?? 0, reason: target.divergedReason });
      return;
    }
    demo.finish({ kind: 'done', value: summary.mean, elapsedMs, format: (value) => `${percent(value)} ${target.resultSuffix}` });
  }
}
