/** What each cell on a chapter page shows after Run all, read in Chromium (the page's tfjs on its cpu backend). */
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../../e2e/support/browser-path.mjs';

const FINISHED = new Set(['done', 'error']);
const CELL_TIMEOUT_MS = 120_000;

export interface PageCellOutput {
  state: string;
  text: string;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export async function runAllCells(browser: Browser, pageUrl: string): Promise<PageCellOutput[]> {
  const page = await browser.newPage();
  try {
    // The cpu backend, as in Deno's kernel, so both compute with the same kernels.
    await page.goto(`${pageUrl}?tf-backend=cpu`);
    await page.locator('kernel-toolbar').getByRole('button', { name: 'Run all' }).click();
    const cells = page.locator('[data-cell]');
    const outputs: PageCellOutput[] = [];
    for (let index = 0; index < (await cells.count()); index++) {
      const cell = cells.nth(index);
      await cell.evaluate(
        (element, { finished, timeout }) => new Promise<void>((resolve, reject) => {
          const started = Date.now();
          const check = () => {
            if (finished.includes((element as HTMLElement).dataset.state ?? '')) resolve();
            else if (Date.now() - started > timeout) reject(new Error(`cell ${element.id} did not finish`));
            else setTimeout(check, 50);
          };
          check();
        }),
        { finished: [...FINISHED], timeout: CELL_TIMEOUT_MS },
      );
      outputs.push({ state: (await cell.getAttribute('data-state')) ?? '', text: await cell.locator('[data-part="output"]').innerText() });
    }
    return outputs;
  } finally {
    await page.close();
  }
}
