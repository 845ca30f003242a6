/**
 * <lab-exercise>: the glue between an exercise and the page's notebook. It relies only on what any
 * cell offers: a <notebook-cell> element whose run() resolves when the kernel has run it, whose
 * setSource() replaces its code, and whose data-state ends in done or error. The exercise's state
 * follows its check cell: done means solved, error means wrong, however the cell was run.
 */
const CELL_TAG = 'notebook-cell';
const EXERCISE_TAG = 'lab-exercise';

type ExerciseState = 'idle' | 'checking' | 'solved' | 'wrong';

interface NotebookCellElement extends HTMLElement {
  run(): Promise<void>;
  setSource(source: string): Promise<void>;
}

const STATE_OF_CHECK_CELL: Readonly<Record<string, ExerciseState>> = {
  idle: 'idle', running: 'checking', done: 'solved', error: 'wrong',
};

const VERDICTS: Readonly<Record<ExerciseState, string>> = {
  idle: 'Edit the answer cell, then press Check answer.',
  checking: 'Checking: running your answer, then the check…',
  solved: 'Solved. The check cell above says what was tested.',
  wrong: 'Not yet. The check cell above says what is wrong; edit your answer and check again.',
};
const ANSWER_FAILED = 'Not yet. Your answer cell stopped with an error, shown under it; fix that first.';
const SOLUTION_COPIED = 'The worked solution is now in the answer cell. Press Check answer to run it.';

export class LabExercise extends HTMLElement {
  #observer: MutationObserver | undefined;
  /** A solution being copied into the answer cell; a Check pressed meanwhile waits for it. */
  #copying: Promise<void> = Promise.resolve();

  connectedCallback(): void {
    this.addEventListener('click', this.#onClick);
    void customElements.whenDefined(CELL_TAG).then(() => this.#followCheckCell());
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
    this.#observer?.disconnect();
  }

  /** The answer cell and the check cell, in page order. */
  #cells(): [NotebookCellElement, NotebookCellElement] {
    const cells = this.querySelectorAll<NotebookCellElement>(CELL_TAG);
    if (cells.length !== 2) throw new Error(`Exercise "${this.dataset.exercise}" needs an answer cell and a check cell, found ${cells.length} cells.`);
    return [cells[0]!, cells[1]!];
  }

  #followCheckCell(): void {
    const [, checkCell] = this.#cells();
    this.#observer = new MutationObserver(() => this.#show(STATE_OF_CHECK_CELL[checkCell.dataset.state ?? 'idle'] ?? 'idle'));
    this.#observer.observe(checkCell, { attributes: true, attributeFilter: ['data-state'] });
  }

  async check(): Promise<void> {
    if (this.dataset.state === 'checking') return;
    const [answerCell, checkCell] = this.#cells();
    this.#show('checking');
    await this.#copying.catch(() => undefined);
    await answerCell.run();
    if (answerCell.dataset.state === 'error') {
      this.#show('wrong', ANSWER_FAILED);
      return;
    }
    await checkCell.run();
    this.#show(STATE_OF_CHECK_CELL[checkCell.dataset.state ?? 'idle'] ?? 'wrong');
  }

  async useSolution(source: string): Promise<void> {
    const [answerCell] = this.#cells();
    this.#copying = answerCell.setSource(source);
    await this.#copying;
    this.#verdictText().textContent = SOLUTION_COPIED;
    this.querySelector<HTMLButtonElement>('button[data-action="check"]')?.focus();
  }

  #show(state: ExerciseState, verdict = VERDICTS[state]): void {
    this.dataset.state = state;
    this.setAttribute('aria-busy', String(state === 'checking'));
    this.#verdictText().textContent = verdict;
  }

  #verdictText(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-part="verdict-text"]')!;
  }

  #onClick = (event: MouseEvent): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
    if (!button || button.closest(EXERCISE_TAG) !== this) return;
    if (button.dataset.action === 'check') void this.check();
    else if (button.dataset.action === 'use-solution') void this.useSolution(button.dataset.solution ?? '');
  };
}

export function defineExerciseElement(): void {
  if (!customElements.get(EXERCISE_TAG)) customElements.define(EXERCISE_TAG, LabExercise);
}
