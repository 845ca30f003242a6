/**
 * Records every aria-valuenow a demo's progress bar shows, from now on. Two runs at once would show
 * as the value jumping back and forth; one run only ever climbs (a new run starts again from 0).
 */
import type { Locator } from '@playwright/test';

interface Recorded extends HTMLElement {
  __progressLog?: number[];
}

export async function startProgressLog(demo: Locator): Promise<void> {
  await demo.evaluate((node: Recorded) => {
    const bar = node.querySelector<HTMLElement>('[role="progressbar"]');
    const log: number[] = [];
    node.__progressLog = log;
    if (!bar) return;
    new MutationObserver(() => log.push(Number(bar.getAttribute('aria-valuenow')))).observe(bar, {
      attributes: true,
      attributeFilter: ['aria-valuenow'],
    });
  });
}

export async function readProgressLog(demo: Locator): Promise<number[]> {
  return demo.evaluate((node: Recorded) => node.__progressLog ?? []);
}

/** How many times the value fell other than back to 0 (a fresh run): 0 for one run at a time. */
export function backwardSteps(values: readonly number[]): number {
  return values.slice(1).filter((value, index) => value !== 0 && value < values[index]!).length;
}
