/**
 * The reader's own pair: two selects over the shown runs' activations, and the paired-bootstrap
 * verdict for the second minus the first (lab's compareChosenPair: the same sentence the CLI's
 * --pair prints), or why that pair cannot be compared.
 */
import { accuracyArmLabels, compareChosenPair, type RunRecord } from '../../../lab/index';
import type { BenchElements } from './bench-elements';

function fill(select: HTMLSelectElement, labels: readonly string[], fallback: string): void {
  const keep = labels.includes(select.value) ? select.value : fallback;
  select.replaceChildren(...labels.map((label) => new Option(label, label, false, label === keep)));
  select.value = keep;
}

export class PairChooser {
  readonly #el: BenchElements;
  #records: readonly RunRecord[] = [];

  constructor(elements: BenchElements) {
    this.#el = elements;
    elements.pairFirst.addEventListener('change', () => this.#compare());
    elements.pairSecond.addEventListener('change', () => this.#compare());
  }

  /** Offers the records' activations (keeping the reader's choices that are still there) and compares the pair. */
  show(records: readonly RunRecord[]): void {
    const labels = accuracyArmLabels(records);
    this.#records = records;
    this.#el.pair.hidden = labels.length < 2;
    if (labels.length < 2) return;
    fill(this.#el.pairFirst, labels, labels[0]!);
    fill(this.#el.pairSecond, labels, labels.find((label) => label !== this.#el.pairFirst.value)!);
    this.#compare();
  }

  hide(): void {
    this.#el.pair.hidden = true;
  }

  #compare(): void {
    const { pairFirst, pairSecond, pairVerdict } = this.#el;
    const choice = compareChosenPair(this.#records, pairFirst.value, pairSecond.value);
    pairVerdict.textContent = choice.ok ? choice.comparison.sentence : choice.reason;
    pairVerdict.dataset.verdict = choice.ok ? choice.comparison.verdict : 'refused';
  }
}
