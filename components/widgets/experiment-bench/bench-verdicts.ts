/** "Which is better?": each activation of the shown runs against the best one, paired by seed, as sentences (lab's statistics). */
import { compareWithBestAccuracy, MIN_PAIRED_SEEDS, type RunRecord } from '../../../lab/index';

export function renderVerdicts(box: HTMLElement, records: readonly RunRecord[]): void {
  const { best, comparisons } = compareWithBestAccuracy(records);
  box.hidden = best === null || comparisons.length === 0;
  if (box.hidden) return box.replaceChildren();
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
}
