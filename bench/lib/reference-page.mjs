// The reference workload in a real chapter page: the bench entry module (bench/page/) adds a demo
// built from the widgets' shared parts; Playwright presses its Train button once per seed, then once
// for a fixed-length run that measures sustained throughput.
import { BENCH_ENTRY_PATH } from './site.mjs';
import { newContext } from './browser.mjs';
import { median } from './machine.mjs';
import { withFlags } from './chapters.mjs';

const DEMO = '[data-demo="reference-workload"]';
const RUN_TIMEOUT_MS = 180_000;

async function pressTrain(page, { seed, mode }) {
  const demo = page.locator(DEMO);
  await demo.locator('[data-part="seed"]').fill(String(seed));
  await demo.locator('[data-part="mode"]').selectOption(mode);
  const before = await page.evaluate(() => window.__referenceBench.length);
  await demo.locator('[data-part="train"]').click();
  await page.waitForFunction((count) => window.__referenceBench.length > count, before, { timeout: RUN_TIMEOUT_MS, polling: 100 });
  return page.evaluate(() => window.__referenceBench.at(-1));
}

function withRates(run) {
  const seconds = run.wallMs / 1000;
  return { ...run, repaintsPerSecond: seconds > 0 ? run.repaints / seconds : null };
}

export async function measureReferenceInPage(browser, origin, chapter, seeds, flags) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(origin + withFlags(chapter, flags), { waitUntil: 'load' });
    await page.addScriptTag({ url: BENCH_ENTRY_PATH, type: 'module' });
    await page.waitForFunction(() => Array.isArray(window.__referenceBench), undefined, { timeout: 60_000 });
    const backend = await page.locator(`${DEMO} [data-part="backend"]`).textContent();
    const runs = [];
    for (const seed of seeds) runs.push(withRates(await pressTrain(page, { seed, mode: 'target' })));
    const throughput = withRates(await pressTrain(page, { seed: seeds[0], mode: 'throughput' }));
    const reached = runs.filter((run) => run.status === 'target-reached');
    const wall = runs.map((run) => (run.status === 'target-reached' ? run.wallMs : Infinity));
    return {
      chapter,
      backend,
      errors,
      runs,
      throughput,
      summary: {
        reached: `${reached.length}/${runs.length}`,
        medianWallMs: median(wall.map((ms) => (Number.isFinite(ms) ? ms : Number.MAX_VALUE))),
        minWallMs: Math.min(...wall),
        maxWallMs: Math.max(...wall),
        medianRepaintsPerSecond: median(runs.map((run) => run.repaintsPerSecond)),
        medianSamplesPerSecond: median(runs.map((run) => run.samplesPerSecond)),
        sustainedSamplesPerSecond: throughput.samplesPerSecond,
        longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs), throughput.longestTaskMs),
        longestFrameGapMs: Math.max(...runs.map((run) => run.longestFrameGapMs), throughput.longestFrameGapMs),
        tensorsLeaked: runs.reduce((sum, run) => sum + run.tensorsLeaked, throughput.tensorsLeaked),
      },
    };
  } finally {
    await context.close();
  }
}
