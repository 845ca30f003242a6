/** The experiment bench on "How to choose", for its specs: open it, run a grid, read its table, and the CLI's for the same settings. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { expect } from './guarded-page';

export const BENCH_PAGE = '/chapters/how-to-choose/';
export const GRID_TIMEOUT_MS = 120_000;

export function bench(page: Page): Locator {
  return page.locator('[data-demo="experiment-bench"]');
}

/** Opens the chapter (optionally with a query) and waits until the bench's module has mounted. */
export async function openBench(page: Page, search = ''): Promise<Locator> {
  await page.goto(`${BENCH_PAGE}${search}`);
  const root = bench(page);
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator('[data-part="storage"]')).toHaveText(/IndexedDB/);
  return root;
}

export async function runGridToEnd(root: Locator): Promise<void> {
  await root.getByRole('button', { name: /^Run grid/ }).click();
  await expect(root).toHaveAttribute('data-state', /^(done|diverged|error)$/, { timeout: GRID_TIMEOUT_MS });
  await expect(root).toHaveAttribute('data-state', 'done');
}

export async function summaryRows(root: Locator): Promise<string[][]> {
  return root.locator('table.summary tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

export const withoutTime = (rows: string[][]) => rows.map((row) => row.filter((cell) => !/ s$/.test(cell)));

/** What `npm run experiment` prints on stdout for these flags (quietly). */
export async function cliOutput(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--experimental-strip-types', 'lab/experiments/cli.ts', ...args, '--quiet']);
  return stdout;
}

/** The rows of the table `npm run experiment` prints, as cells. */
export async function cliTable(args: string[]): Promise<string[][]> {
  const lines = (await cliOutput(args)).trimEnd().split('\n');
  const rule = lines.findIndex((line) => /^-+( +-+)+$/.test(line));
  const end = lines.indexOf('', rule);
  return lines.slice(rule + 1, end).map((line) => line.split(/ {2,}/));
}
