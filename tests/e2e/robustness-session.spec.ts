/**
 * The hostile-reader suite (issue 8), part 2: an impatient reader and a long session. Train
 * double-clicked, Stop then Train, leaving mid-training, the tab hidden and frozen: no errors, one
 * run at a time. Fifty runs in a row: no tensors or memory left behind. The CPU is slowed (DevTools
 * throttling) where a run must still be going when the test acts, however fast the widget trains.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import {
  chapterOfDemo, demoById, expectResponsive, field, FINISHED, openDemo, RUN_TIMEOUT_MS, statusLine, stopButton, trainButton,
  trainToEnd, typeInto, wakeDemo,
} from './support/demo-actions';
import { readStateLog, startStateLog } from './support/state-log';
import { backwardSteps, readProgressLog, startProgressLog } from './support/progress-log';
import { setVisibility, slowCpu } from './support/page-conditions';
import { DEBUG_QUERY, liveTensors, samplePeakTensors } from './support/tf-debug';

const LEARNING_RATE = /^Learning rate/;
const EPOCHS = /epochs/i;
const NEURON = { path: chapterOfDemo('neuron'), id: 'neuron' };

test.describe('an impatient reader', () => {
  /** The neuron's longest run; the CPU is slowed so it is still running when the test acts. */
  const LONG_RUN = { epochs: '5000', learningRate: '0.001' };
  const CPU_SLOWDOWN = 10;
  const WHILE_RUNNING_MS = 800;

  async function startLongRun(page: Page): Promise<{ demo: Locator; restoreCpu: () => Promise<void> }> {
    const demo = await openDemo(page, NEURON.path, NEURON.id);
    await typeInto(field(demo, EPOCHS), LONG_RUN.epochs);
    await typeInto(field(demo, LEARNING_RATE), LONG_RUN.learningRate);
    await startStateLog(demo);
    await startProgressLog(demo);
    const restoreCpu = await slowCpu(page, CPU_SLOWDOWN);
    await trainButton(demo).click();
    await expect(demo).toHaveAttribute('data-state', 'running');
    await page.waitForTimeout(WHILE_RUNNING_MS);
    return { demo, restoreCpu };
  }

  test('a double-click on Train starts one run, and its second click does not stop it', async ({ page }) => {
    const demo = await openDemo(page, NEURON.path, NEURON.id);
    await startStateLog(demo);
    await startProgressLog(demo);
    const restoreCpu = await slowCpu(page, CPU_SLOWDOWN);
    await trainButton(demo).dblclick();
    await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
    await restoreCpu();
    expect((await readStateLog(demo)).states).toEqual(['idle', 'running', 'done']);
    expect(backwardSteps(await readProgressLog(demo))).toBe(0);
  });

  test('Stop then Train at once: the first run has ended before the second starts, and only one runs', async ({ page }) => {
    const { demo, restoreCpu } = await startLongRun(page);
    await stopButton(demo).click();
    await trainButton(demo).click();
    await expect(demo).toHaveAttribute('data-state', 'running');
    await page.waitForTimeout(WHILE_RUNNING_MS);
    await stopButton(demo).click();
    await expect(demo).toHaveAttribute('data-state', 'idle');
    await restoreCpu();
    expect((await readStateLog(demo)).states).toEqual(['idle', 'running', 'idle', 'running', 'idle']);
    expect(backwardSteps(await readProgressLog(demo)), 'two runs reported progress at once').toBe(0);
    await expect(statusLine(demo)).toHaveText(new RegExp(`^Stopped at epoch \\d+ of ${LONG_RUN.epochs}`));
  });

  test('leaving the chapter mid-training and coming back leaves a working page', async ({ page }) => {
    const { demo: running, restoreCpu } = await startLongRun(page);
    const next = page.locator('a[rel="next"]');
    const nextPath = (await next.getAttribute('href'))!;
    await expect(running).toHaveAttribute('data-state', 'running');
    await next.click();
    await page.waitForURL((url) => url.pathname === nextPath);
    await restoreCpu();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectResponsive(page);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === NEURON.path);
    const demo = demoById(page, NEURON.id);
    await wakeDemo(demo);
    if ((await demo.getAttribute('data-state')) === 'running') {
      await stopButton(demo).click();
      await expect(demo).toHaveAttribute('data-state', 'idle');
    }
    await typeInto(field(demo, EPOCHS), '100');
    await typeInto(field(demo, LEARNING_RATE), '0.2');
    expect(await trainToEnd(demo)).toBe('done');
  });

  test('hiding the tab (and the browser freezing it) mid-training: the run carries on once, to the end', async ({ page }) => {
    const { demo, restoreCpu } = await startLongRun(page);
    await setVisibility(page, 'hidden');
    await expect(demo, 'the run should still be going when the tab hides').toHaveAttribute('data-state', 'running');
    const session = await page.context().newCDPSession(page);
    await session.send('Page.setWebLifecycleState', { state: 'frozen' });
    await new Promise((resolve) => setTimeout(resolve, WHILE_RUNNING_MS));
    await session.send('Page.setWebLifecycleState', { state: 'active' });
    await setVisibility(page, 'visible');
    await restoreCpu();
    await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
    expect((await readStateLog(demo)).states).toEqual(['idle', 'running', 'done']);
    expect(backwardSteps(await readProgressLog(demo))).toBe(0);
    await expect(statusLine(demo)).toHaveText(/^Done/);
  });
});

test.describe('a long session', () => {
  const RUNS = 50;
  const EPOCHS_PER_RUN = '20';
  /** Trains through tfjs tensors (the neuron and other dense demos use lab's plain-array engine, so
   *  their tensor count would be 0 whatever happened), and 20 epochs take well under a second. */
  const TENSOR_DEMO = { id: 'vanishing-gradients', path: chapterOfDemo('vanishing-gradients') };
  /** After garbage collection; measured growth is a few hundred KB (compiled code and caches settling,
   *  slower as runs go on). A leak of 50 KB a run, say one chart kept per run, would exceed it. */
  const HEAP_GROWTH_LIMIT_BYTES = 2 * 1024 * 1024;
  const HEAP_BASELINE_RUN = 10;

  test(`${RUNS} back-to-back runs: live tensors stay flat and the JS heap does not keep growing`, async ({ page }) => {
    test.setTimeout(300_000);
    const demo = await openDemo(page, `${TENSOR_DEMO.path}?${DEBUG_QUERY}`, TENSOR_DEMO.id);
    await typeInto(field(demo, EPOCHS), EPOCHS_PER_RUN);
    const cdp = await page.context().newCDPSession(page);
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await liveTensors(page);
    const stopSampling = await samplePeakTensors(page);
    const tensors: number[] = [];
    let heapBaseline = 0;
    for (let run = 1; run <= RUNS; run++) {
      expect(await trainToEnd(demo), `run ${run}`).toBe('done');
      tensors.push(await liveTensors(page));
      if (run === HEAP_BASELINE_RUN) heapBaseline = await heapAfterGc();
    }
    const peak = await stopSampling();
    const heapGrowth = (await heapAfterGc()) - heapBaseline;
    test.info().annotations.push({
      type: 'memory',
      description: `${TENSOR_DEMO.id}: live tensors before ${before}, at most ${peak} during runs, after each run ${[...new Set(tensors)].join(', ')}; heap growth runs ${HEAP_BASELINE_RUN}→${RUNS}: ${(heapGrowth / 1024).toFixed(0)} KB`,
    });
    expect(peak, `"${TENSOR_DEMO.id}" no longer trains through tfjs tensors; pick a demo that does`).toBeGreaterThan(before);
    expect(tensors, `live tensors after each of ${RUNS} runs`).toEqual(Array(RUNS).fill(before));
    expect(heapGrowth).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES);
  });
});
