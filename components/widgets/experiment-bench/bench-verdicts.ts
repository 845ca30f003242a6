/**
 * "Which is better?": each activation of the shown runs against the best one, paired by seed, as
 * sentences (lab's statistics). Each comparison (10,000 bootstrap resamples) is its own task, so a
 * grid of ten activations never holds the page for all nine at once.
 */
import { accuracyArmLabels, bestAccuracyArm, compareAccuracyPair, MIN_PAIRED_SEEDS, yieldToEventLoop, type PairedComparison, type RunRecord } from '../../../lab/index';

/** Fills the box when every comparison is done; gives up quietly when wanted() turns false (newer records to show). */
export async function renderVerdicts(box: HTMLElement, records: readonly RunRecord[], wanted: () => boolean): Promise<void> {
  const best = bestAccuracyArm(records);
  const others = accuracyArmLabels(records).filter((label) => label !== best);
  if (best === null || others.length === 0) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const comparisons: PairedComparison[] = [];
  for (const other of others) {
    await yieldToEventLoop();
    if (!wanted()) return;
    comparisons.push(compareAccuracyPair(records, best, other)!);
  }
  const heading = Object.assign(document.createElement('h3'), { textContent: `Which is better? Each activation against the best, ${best}` });
  const how = Object.assign(document.createElement('p'), {
    textContent: `Test accuracy, paired by seed: the mean difference with its 95 % bootstrap interval. A difference counts when the interval leaves out 0, with at least ${MIN_PAIRED_SEEDS} seeds.`,
  });
  const list = document.createElement('ul');
  list.append(...comparisons.map((comparison) => {
    const item = Object.assign(document.createElement('li'), { textContent: comparison.sentence });
    item.dataset.verdict = comparison.verdict;
    if (comparison.verdict === 'difference') item.className = 'difference';
    return item;
  }));
  box.replaceChildren(heading, how, list);
  box.hidden = false;
}
