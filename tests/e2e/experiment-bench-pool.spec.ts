/**
 * The experiment bench's pool of Web Workers: progress counts runs done and time left, the figures
 * match a run in turn (the CLI's), the page's own tasks stay short while the grid trains, and the
 * pair the reader chooses gets its paired-bootstrap verdict (the sentence the CLI's --pair prints).
 */
import { cpus, loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { taskCpuMsWhile } from './support/trace-tasks.mjs';
import { test, expect } from './support/guarded-page';
import { GRID_TIMEOUT_MS, cliOutput, cliTable, openBench, runGridToEnd, summaryRows, withoutTime } from './support/experiment-bench-page';

const FRAME_BUDGET_MS = 50;
const spiral = (seeds: number) => `?dataset=spiral&act=relu,tanh&seeds=${seeds}&epochs=150&width=16&depth=2`;
const SPIRAL_FLAGS = ['--dataset', 'spiral', '--activations', 'relu,tanh', '--seeds', '4', '--epochs', '150', '--width', '16', '--depth', '2'];

/** Before the page's scripts: every long task (wall time) and every gap between animation frames, from the first Run grid click until the grid ends. */
function watchMainThread(): void {
  const watch = { longTasks: [] as number[], gaps: [] as number[], on: false };
  (window as { __watch?: typeof watch }).__watch = watch;
  new PerformanceObserver((list) => {
    if (watch.on) list.getEntries().forEach((entry) => watch.longTasks.push(entry.duration));
  }).observe({ type: 'longtask' });
  let last = 0;
  const tick = (now: number) => {
    const state = document.querySelector('[data-demo="experiment-bench"]')?.getAttribute('data-state');
    if (watch.on && last > 0) watch.gaps.push(now - last);
    last = now;
    if (watch.on && state !== 'running') watch.on = false;
    else requestAnimationFrame(tick);
  };
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLElement) || !/^Run grid/.test(event.target.textContent ?? '')) return;
    watch.on = true;
    requestAnimationFrame(tick);
  }, { capture: true });
}

async function readWatch(page: Page): Promise<{ longTasks: number[]; gaps: number[] }> {
  return page.evaluate(() => (window as unknown as { __watch: { longTasks: number[]; gaps: number[] } }).__watch);
}

test('the grid runs in a pool of Web Workers: progress counts runs done and time left, and the figures match a run in turn', async ({ page }) => {
  // Four cores reported: the pool takes three, one stays the page's.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 4 }));
  const root = await openBench(page, spiral(4));
  await root.getByRole('button', { name: /^Run grid/ }).click();
  await expect(root.locator('[data-part="run-label"]')).toHaveText(/^\d of 8 runs done( · about \d+ s left)? · 3 workers · run \d: (relu|tanh), seed [1-4]$/);
  await expect(root).toHaveAttribute('data-state', 'done', { timeout: GRID_TIMEOUT_MS });
  const rows = withoutTime(await summaryRows(root)).sort();
  expect(rows).toEqual(withoutTime(await cliTable(SPIRAL_FLAGS)).sort());
});

test('while the pool trains, no main-thread task takes 50 ms of CPU; the latest run\'s curve is drawn meanwhile', async ({ page, browser }) => {
  await page.addInitScript(watchMainThread);
  const root = await openBench(page, spiral(6));
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const caption = root.locator('figcaption[data-caption-for$="-curves"]');
  const taskCpu = await taskCpuMsWhile(browser, page, async () => {
    await root.getByRole('button', { name: /^Run grid/ }).click();
    await expect(caption).toHaveText(/^Latest finished run while the grid trains: (relu|tanh), seed [1-6] \(run \d+\); all runs' curves follow when the grid ends\. Training loss by epoch: /, { timeout: GRID_TIMEOUT_MS });
    await expect(root).toHaveAttribute('data-state', 'done', { timeout: GRID_TIMEOUT_MS });
  });
  await expect(caption).toHaveText(/^Training loss by epoch, log scale, 12 runs: /);
  const { longTasks, gaps } = await readWatch(page);
  const [load] = loadavg();
  const longest = (values: number[]) => Math.max(0, ...values);
  test.info().annotations.push({
    type: 'main thread',
    description: `${cores} cores reported, load ${load!.toFixed(1)}: longest task ${longest(taskCpu).toFixed(1)} ms CPU; long tasks (wall) ${longTasks.map(Math.round).join(' ') || 'none'}; ${gaps.length} frames, longest gap ${longest(gaps).toFixed(0)} ms`,
  });
  expect(gaps.length).toBeGreaterThan(5);
  expect(taskCpu.length).toBeGreaterThan(5);
  expect(longest(taskCpu)).toBeLessThanOrEqual(FRAME_BUDGET_MS);
  // Wall time is the reader's experience, but on a machine busier than its cores a task also waits for a CPU.
  if (load! < cpus().length) expect(longest(longTasks)).toBeLessThanOrEqual(FRAME_BUDGET_MS);
});

test('the reader picks a pair: its verdict is the CLI\'s --pair sentence, and the same activation twice is refused', async ({ page }) => {
  const root = await openBench(page, '?dataset=spiral&act=relu,leaky-relu,swish&seeds=6&epochs=100&width=16&depth=2');
  const pair = root.getByRole('group', { name: /Compare a pair you choose/ });
  await runGridToEnd(root);
  await expect(pair).toBeVisible();
  const [first, second, verdict] = [pair.getByLabel('First activation'), pair.getByLabel('Second activation'), pair.getByRole('status')];
  const flags = ['--dataset', 'spiral', '--activations', 'relu,leaky-relu,swish', '--seeds', '6', '--epochs', '100', '--width', '16', '--depth', '2'];
  const cliSentence = async (a: string, b: string) => (await cliOutput([...flags, '--pair', `${a},${b}`])).trimEnd().split('\n').at(-1)!.replace(/^The pair you chose, [^:]+: /, '');

  await first.selectOption('relu');
  await second.selectOption('swish');
  await expect(verdict).toHaveText(/^The seeds support a difference: swish scores 0\.\d{3} higher than relu on average \(95 % CI 0\.\d{3} to 0\.\d{3}, 6 seeds\)\.$/);
  expect(await verdict.textContent()).toBe(await cliSentence('relu', 'swish'));

  await second.selectOption('leaky-relu');
  await expect(verdict).toHaveText(/^The seeds do not support a difference between leaky-relu and relu: .*6 seeds\), and the interval includes 0\.$/);
  expect(await verdict.textContent()).toBe(await cliSentence('relu', 'leaky-relu'));

  await second.selectOption('relu');
  await expect(verdict).toHaveText('Pick two different activations: relu against itself has no difference to measure.');
  await expect(root.locator('[data-part="verdicts"] li')).toHaveCount(2);
});
