import { describeTarget, meetsTarget, parseTarget, type Target } from './target';
import { errorMessage } from './error-message';
import { formatDuration } from '../text/number-format';
import { describeEngines, engineKey } from '../backend/engine-label';
import type { EngineName } from '../../../lab/index';

/** The demo contract's states (shared/ARCHITECTURE.md); tests read them from data-state. */
export type DemoState = 'idle' | 'running' | 'done' | 'diverged' | 'error';

export type RunOutcome =
  | {
      kind: 'done';
      value: number;
      elapsedMs?: number;
      /** How the status line writes the value (e.g. 6.1 × 10⁻⁶); data-value then keeps 6 significant digits. */
      format?: (value: number) => string;
      /** A sentence added after the result, e.g. when the target was first reached. */
      note?: string;
    }
  | { kind: 'stopped'; epoch: number; totalEpochs: number; /** Said instead of the default sentence. */ message?: string }
  | { kind: 'diverged'; epoch: number; reason: string }
  | { kind: 'error'; message: string };

const VALUE_DIGITS = 4;
const SHOWN_DIGITS = 3;
const SIGNIFICANT_DIGITS = 6;
const DIVERGED_ADVICE = 'lower the learning rate and train again';

interface DemoParts {
  train: HTMLButtonElement;
  stop: HTMLButtonElement;
  progress: HTMLElement;
  progressBar: HTMLElement;
  status: HTMLElement;
  backend?: HTMLElement;
}

function part<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const found = root.querySelector<T>(`[data-part="${name}"]`);
  if (!found) throw new Error(`demo markup is missing [data-part="${name}"]`);
  return found;
}

export function findDemoParts(root: HTMLElement): DemoParts {
  const progress = part<HTMLElement>(root, 'progress');
  return {
    train: part<HTMLButtonElement>(root, 'train'),
    stop: part<HTMLButtonElement>(root, 'stop'),
    progress,
    progressBar: part<HTMLElement>(progress, 'progress-bar'),
    status: part<HTMLElement>(root, 'status'),
    backend: root.querySelector<HTMLElement>('[data-part="backend"]') ?? undefined,
  };
}

/** "test-accuracy" → "test accuracy". */
export function metricLabel(metric: string): string {
  return metric.replace(/-/g, ' ');
}

/**
 * Owns the demo contract on a widget root: data-state/value, the Train/Stop pair, the progress bar
 * and the spoken status line. The widget only says what happened; this decides how it shows.
 */
export class DemoStateController {
  readonly #root: HTMLElement;
  readonly #parts: DemoParts;
  readonly #target?: Target;
  readonly #metric: string;
  #abort?: AbortController;
  /** The tfjs backend's label once one has started for this demo (none while TensorFlow.js is not loaded). */
  #backend: string | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#parts = findDemoParts(root);
    this.#target = parseTarget(root.dataset.target ?? '');
    this.#metric = metricLabel(root.dataset.metric ?? 'result');
    this.#parts.stop.addEventListener('click', (event) => {
      // Stop takes Train's place, so the second click of a double-click on Train lands here.
      if (event.detail > 1) return;
      this.stop();
    });
    this.#setState((root.dataset.state as DemoState | undefined) ?? 'idle');
  }

  get running(): boolean {
    return this.#abort !== undefined;
  }

  onTrain(handler: () => void): void {
    this.#parts.train.addEventListener('click', () => {
      if (!this.running) handler();
    });
  }

  showBackend(name: string | undefined): void {
    this.#backend = name;
    if (this.#parts.backend) this.#parts.backend.textContent = describeEngines([], name);
  }

  get hasBackend(): boolean {
    return this.#backend !== undefined;
  }

  /** Says which engine(s) trained the run that just ended, and whether in a Web Worker, on the bar and as data-engine; none known: unchanged. */
  showEngines(engines: readonly EngineName[]): void {
    if (engines.length === 0) return;
    this.#root.dataset.engine = engineKey(engines);
    if (this.#parts.backend) this.#parts.backend.textContent = describeEngines(engines, this.#backend, this.#root.dataset.trainIn === 'worker');
  }

  /** Where the run starting now trains, as data-train-in: on the page's main thread or in a Web Worker. */
  showTrainingPlace(place: 'page' | 'worker'): void {
    this.#root.dataset.trainIn = place;
  }

  /** Enters `running` and hands back the signal the trainer must watch (the total may follow with progress()). */
  begin(totalEpochs = 0): AbortSignal {
    this.#abort?.abort();
    this.#abort = new AbortController();
    delete this.#root.dataset.value;
    this.#setState('running');
    this.#swapButtons(true);
    this.#parts.progress.hidden = false;
    this.progress(0, totalEpochs);
    this.#announce('Training…');
    return this.#abort.signal;
  }

  progress(epoch: number, totalEpochs: number): void {
    const fraction = totalEpochs > 0 ? Math.min(1, epoch / totalEpochs) : 0;
    this.#parts.progress.setAttribute('aria-valuemax', String(totalEpochs));
    this.#parts.progress.setAttribute('aria-valuenow', String(epoch));
    this.#parts.progress.setAttribute('aria-valuetext', `epoch ${epoch} of ${totalEpochs}`);
    this.#parts.progressBar.style.width = `${(fraction * 100).toFixed(1)}%`;
  }

  stop(): void {
    this.#abort?.abort();
  }

  /** Ends the run as an error, showing what was thrown. */
  fail(error: unknown): void {
    this.finish({ kind: 'error', message: errorMessage(error) });
  }

  finish(outcome: RunOutcome): void {
    this.#abort = undefined;
    this.#swapButtons(false);
    switch (outcome.kind) {
      case 'done': {
        const { value, format } = outcome;
        this.#root.dataset.value = format ? String(Number(value.toPrecision(SIGNIFICANT_DIGITS))) : value.toFixed(VALUE_DIGITS);
        this.#setState('done');
        const time = outcome.elapsedMs === undefined ? '' : ` after ${formatDuration(outcome.elapsedMs)}`;
        const shown = format ? format(value) : value.toFixed(SHOWN_DIGITS);
        this.#announce(`Done${time}: ${this.#metric} ${shown}${this.#targetVerdict(value)}.${outcome.note ? ` ${outcome.note}` : ''}`);
        break;
      }
      case 'stopped':
        this.#setState('idle');
        this.#announce(outcome.message ?? `Stopped at epoch ${outcome.epoch} of ${outcome.totalEpochs}. Press Train to start again.`);
        break;
      case 'diverged':
        this.#setState('diverged');
        this.#announce(`Diverged at epoch ${outcome.epoch}: ${outcome.reason} — ${DIVERGED_ADVICE}.`);
        break;
      case 'error':
        this.#setState('error');
        this.#announce(`Something went wrong: ${outcome.message}`);
        break;
    }
  }

  /** A message outside a run, e.g. why an input was refused. */
  say(message: string): void {
    this.#announce(message);
  }

  #targetVerdict(value: number): string {
    if (!this.#target) return '';
    const met = meetsTarget(value, this.#target) ? 'met' : 'not reached';
    return ` (target ${describeTarget(this.#target)}, ${met})`;
  }

  #setState(state: DemoState): void {
    this.#root.dataset.state = state;
    this.#root.querySelectorAll<HTMLFieldSetElement | HTMLInputElement | HTMLSelectElement>('[data-lock-while-running]').forEach((element) => {
      element.disabled = state === 'running';
    });
  }

  #swapButtons(running: boolean): void {
    const { train, stop } = this.#parts;
    const focusFollows = document.activeElement === (running ? train : stop);
    train.hidden = running;
    stop.hidden = !running;
    if (focusFollows) (running ? stop : train).focus();
  }

  #announce(message: string): void {
    this.#parts.status.textContent = message;
  }
}
