// The experiment bench's pool under a real grid (issue 16): after its usual runs, the bench's form is
// set to the spiral grid (4 activations × 4 seeds, 300 epochs, 2 × 24) and Run grid pressed
// once, with the saved runs of the earlier presses still listed. Reported: the grid's wall time, the
// workers the page used, the longest main-thread task by wall clock (PerformanceObserver 'longtask')
// and by CPU (a Chrome trace's RunTask thread time), and the longest wait for an animation frame.
import { taskCpuMs } from './machine.mjs';
import { TASK_TRACE_CATEGORIES } from '../../tests/e2e/support/trace-tasks.mjs';
import { armRunTimer, readRunTimer } from './page-probes.mjs';

export const POOL_DEMO = 'experiment-bench';
const GRID = { dataset: 'spiral', depth: '2', width: '24', epochs: '300', seeds: '4', activations: ['relu', 'tanh', 'elu', 'swish'] };
const RUN_GRID = /^Run grid/;

/** In the page: writes the grid into the bench's form as a reader would, field by field. */
function setGrid(root, grid) {
  const id = root.id;
  const fields = { dataset: 'dataset', depth: 'depth', width: 'width', epochs: 'epochs', seeds: 'seeds' };
  for (const [key, suffix] of Object.entries(fields)) {
    const input = document.getElementById(`${id}-${suffix}`);
    input.value = grid[key];
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
  for (const box of root.querySelectorAll('[data-part="activation-choices"] input[type="checkbox"]')) box.checked = grid.activations.includes(box.value);
  const label = root.querySelector('[data-part="run-label"]');
  new MutationObserver(() => {
    const workers = /· (\d+) workers/.exec(label.textContent ?? '');
    root.__poolWorkers = workers ? Number(workers[1]) : 1;
  }).observe(label, { childList: true, characterData: true, subtree: true });
}

export async function measurePoolGrid(page, demo, timeoutMs) {
  const browser = page.context().browser();
  await demo.evaluate(setGrid, GRID);
  await demo.evaluate(armRunTimer);
  await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
  await demo.getByRole('button', { name: RUN_GRID }).evaluate((button) => button.click());
  await page.waitForFunction((node) => node.__benchTimer.finishedAt !== null, await demo.elementHandle(), { timeout: timeoutMs, polling: 200 });
  const taskCpu = taskCpuMs(await browser.stopTracing());
  const run = await demo.evaluate(readRunTimer);
  return {
    grid: `${GRID.dataset}, ${GRID.activations.length} activations × ${GRID.seeds} seeds, ${GRID.epochs} epochs, ${GRID.depth} × ${GRID.width}`,
    cores: await page.evaluate(() => navigator.hardwareConcurrency),
    workers: await demo.evaluate((root) => root.__poolWorkers ?? null),
    state: run.state,
    seconds: run.seconds,
    longestTaskMs: run.longestTaskMs,
    longTasks: run.longTasks,
    longestTaskCpuMs: taskCpu[0] ?? 0,
    longestFrameGapMs: run.longestFrameGapMs,
  };
}

/** The report's line under the demos table. */
export function describePoolGrid(chapter, pool) {
  const fmt = (ms) => Math.round(ms);
  return `${chapter} ${POOL_DEMO}, pooled grid (${pool.grid}; ${pool.workers ?? '?'} worker(s), ${pool.cores} cores reported): `
    + `${pool.state} in ${pool.seconds.toFixed(1)} s; longest task ${fmt(pool.longestTaskMs)} ms wall (${pool.longTasks} over 50 ms), `
    + `${fmt(pool.longestTaskCpuMs)} ms CPU; longest frame gap ${fmt(pool.longestFrameGapMs)} ms`;
}
