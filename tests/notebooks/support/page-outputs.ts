/**
 * What each cell on a chapter page shows once run in order, read in Chromium (the page's tfjs on its
 * cpu backend). Cells are run one by one, as Jupyter's Run All with `raises-exception` does: the
 * page's Run all stops at the first unsolved exercise, and the cells after it still have numbers to show.
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../../e2e/support/browser-path.mjs';

const FINISHED = new Set(['done', 'error']);
const CELL_TIMEOUT_MS = 120_000;

export interface PageCellOutput {
  state: string;
  text: string;
  /** 'answer' or 'check' for a cell inside an exercise. */
  exerciseRole?: string;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export async function runAllCells(browser: Browser, pageUrl: string): Promise<PageCellOutput[]> {
  const page = await browser.newPage();
  try {
    // The cpu backend, as in Deno's kernel, so both compute with the same kernels.
    await page.goto(`${pageUrl}?tf-backend=cpu`);
    const cells = page.locator('[data-cell]');
    await cells.first().waitFor();
    const outputs: PageCellOutput[] = [];
    for (let index = 0; index < (await cells.count()); index++) {
      const cell = cells.nth(index);
      const exerciseRole = await cell.evaluate(
        async (element, { finished, timeout }) => {
          await customElements.whenDefined('notebook-cell');
          const run = (element as HTMLElement & { run(): Promise<void> }).run();
          const deadline = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`cell ${element.id} did not finish`)), timeout));
          await Promise.race([run, deadline]);
          const state = (element as HTMLElement).dataset.state ?? '';
          if (!finished.includes(state)) throw new Error(`cell ${element.id} ended ${state}`);
          const exercise = element.closest('lab-exercise');
          if (!exercise) return undefined;
          return exercise.querySelectorAll('[data-cell]')[0] === element ? 'answer' : 'check';
        },
        { finished: [...FINISHED], timeout: CELL_TIMEOUT_MS },
      );
      outputs.push({
        state: (await cell.getAttribute('data-state')) ?? '',
        text: await cell.locator('[data-part="output"]').innerText(),
        ...(exerciseRole && { exerciseRole }),
      });
    }
    return outputs;
  } finally {
    await page.close();
  }
}
