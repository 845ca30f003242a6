// The reference workload in a real chapter page: the bench entry module (bench/page/) adds a demo
// built from the widgets' shared parts; Playwright presses its Train button once per seed, then once
// for a fixed-length run that measures sustained throughput.
import { BENCH_ENTRY_PATH } from './site.mjs';
import { newContext } from './browser.mjs';
import { median } from './machine.mjs';
import { withFlags } from './chapters.mjs';

const DEMO = '[data-demo="reference-workload"]';
const RUN_TIMEOUT_MS = 180_000;
const SETTLE_MS = 1000;
const STOP_AFTER_MS = 500;
/** Training points of the reference spiral (500 points, half for testing). */
const TRAIN_POINTS = 250;

/** CPU seconds the renderer's main thread has used so far (Chromium's ThreadTime metric). */
async function mainThreadSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN;
}

/** A DOM click: Playwright's locator click runs role queries and hit-target checks on the page's main thread. */
function domClick(button) {
  button.click();
}

async function pressTrain(page, cdp, { seed, mode }) {
  const demo = page.locator(DEMO);
  await demo.locator('[data-part="seed"]').fill(String(seed));
  await demo.locator('[data-part="mode"]').selectOption(mode);
  const before = await page.evaluate(() => window.__referenceBench.length);
  const cpuBefore = await mainThreadSeconds(cdp);
  await demo.locator('[data-part="train"]').evaluate(domClick);
  await page.waitForFunction((count) => window.__referenceBench.length > count, before, { timeout: RUN_TIMEOUT_MS, polling: 100 });
  const mainThreadCpuMs = ((await mainThreadSeconds(cdp)) - cpuBefore) * 1000;
  return { ...(await page.evaluate(() => window.__referenceBench.at(-1))), mainThreadCpuMs };
}

/** Starts a fixed-length run, presses Stop after a while, and times Stop → training returned. */
async function timeStop(page) {
  const demo = page.locator(DEMO);
  await demo.locator('[data-part="mode"]').selectOption('throughput');
  const before = await page.evaluate(() => window.__referenceBench.length);
  await demo.locator('[data-part="train"]').evaluate(domClick);
  await page.waitForTimeout(STOP_AFTER_MS);
  await demo.locator('[data-part="stop"]').evaluate((button) => {
    button.addEventListener('click', () => { window.__benchStopClickedAt = performance.now(); }, { capture: true, once: true });
  });
  await demo.locator('[data-part="stop"]').evaluate(domClick);
  await page.waitForFunction((count) => window.__referenceBench.length > count, before, { timeout: RUN_TIMEOUT_MS, polling: 50 });
  return page.evaluate(() => {
    const run = window.__referenceBench.at(-1);
    return { status: run.status, epoch: run.epoch, stopLatencyMs: run.endedAt - window.__benchStopClickedAt };
  });
}

function withRates(run) {
  const seconds = run.wallMs / 1000;
  return {
    ...run,
    repaintsPerSecond: seconds > 0 ? run.repaints / seconds : null,
    msPerRepaint: run.repaints > 0 ? run.paintMs / run.repaints : null,
    samplesPerMainThreadCpuSecond: run.mainThreadCpuMs > 0 ? (run.epoch * TRAIN_POINTS * 1000) / run.mainThreadCpuMs : null,
  };
}

export async function measureReferenceInPage(browser, origin, chapter, seeds, flags, engine = 'auto') {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(origin + withFlags(chapter, flags), { waitUntil: 'load' });
    await page.addScriptTag({ url: BENCH_ENTRY_PATH, type: 'module' });
    await page.waitForFunction(() => Array.isArray(window.__referenceBench), undefined, { timeout: 60_000 });
    // A reader who has scrolled: the chapter's own widgets near the top load now, not during the first run.
    await page.mouse.wheel(0, 1);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    const backend = await page.locator(`${DEMO} [data-part="backend"]`).textContent();
    await page.locator(`${DEMO} [data-part="engine"]`).selectOption(engine);
    const runs = [];
    for (const seed of seeds) runs.push(withRates(await pressTrain(page, cdp, { seed, mode: 'target' })));
    const throughput = withRates(await pressTrain(page, cdp, { seed: seeds[0], mode: 'throughput' }));
    const stop = await timeStop(page);
    const reached = runs.filter((run) => run.status === 'target-reached');
    const wall = runs.map((run) => (run.status === 'target-reached' ? run.wallMs : Infinity));
    return {
      chapter,
      backend,
      errors,
      runs,
      throughput,
      stop,
      summary: {
        reached: `${reached.length}/${runs.length}`,
        medianWallMs: median(wall.map((ms) => (Number.isFinite(ms) ? ms : Number.MAX_VALUE))),
        minWallMs: Math.min(...wall),
        maxWallMs: Math.max(...wall),
        medianRepaintsPerSecond: median(runs.map((run) => run.repaintsPerSecond)),
        medianSamplesPerSecond: median(runs.map((run) => run.samplesPerSecond)),
        sustainedSamplesPerSecond: throughput.samplesPerSecond,
        sustainedSamplesPerMainThreadCpuSecond: throughput.samplesPerMainThreadCpuSecond,
        medianMsPerRepaint: median(runs.map((run) => run.msPerRepaint)),
        longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs), throughput.longestTaskMs),
        longestFrameGapMs: Math.max(...runs.map((run) => run.longestFrameGapMs), throughput.longestFrameGapMs),
        stopLatencyMs: stop.stopLatencyMs,
        tensorsLeaked: runs.reduce((sum, run) => sum + run.tensorsLeaked, throughput.tensorsLeaked),
      },
    };
  } finally {
    await context.close();
  }
}
