/**
 * Records every data-state an element passes through (a MutationObserver sees each change, even
 * ones undone within the same task), and whether its progress bar was visible while running.
 */
import type { Locator } from '@playwright/test';

export interface StateLog {
  states: string[];
  progressSeenWhileRunning: boolean;
}

interface Recorded extends HTMLElement {
  __stateLog?: StateLog;
}

export async function startStateLog(element: Locator): Promise<void> {
  await element.evaluate((node: Recorded) => {
    const log: StateLog = { states: [node.dataset.state ?? ''], progressSeenWhileRunning: false };
    node.__stateLog = log;
    const checkProgress = () => {
      if (node.dataset.state !== 'running') return;
      const bar = node.querySelector<HTMLElement>('[role="progressbar"]');
      if (bar && bar.checkVisibility() && bar.hasAttribute('aria-valuenow')) log.progressSeenWhileRunning = true;
    };
    new MutationObserver((records) => {
      // Each record holds the value *before* its change; the value after is the next record's old value.
      for (let index = 0; index < records.length; index++) {
        const after = index + 1 < records.length ? records[index + 1]!.oldValue : node.dataset.state;
        log.states.push(after ?? '');
      }
      checkProgress();
    }).observe(node, { attributes: true, attributeFilter: ['data-state'], attributeOldValue: true });
    new MutationObserver(checkProgress).observe(node, { attributes: true, subtree: true, attributeFilter: ['aria-valuenow', 'hidden'] });
  });
}

export async function readStateLog(element: Locator): Promise<StateLog> {
  return element.evaluate((node: Recorded) => node.__stateLog ?? { states: [], progressSeenWhileRunning: false });
}
