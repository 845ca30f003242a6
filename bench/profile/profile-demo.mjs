// `npm run bench:profile -- <chapter-path> <demo-id> [runs]`: where a demo's main-thread time goes.
// Serves an already-built site (ACTIVATION_LAB_OUT, default .out/bench; build it with
// ACTIVATION_LAB_UNMINIFIED=1 for readable function names), presses the demo's Train button `runs`
// times with a DOM click under the V8 sampling profiler, and prints each run, the longest busy
// stretches of the main thread (consecutive non-idle samples, roughly one task each) with the
// inclusive time of the functions in them, and the long tasks Chromium reported. A diagnosis aid:
// it measures nothing the benchmark relies on.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newContext } from '../lib/browser.mjs';
import { isMounted, recordLongTasks } from '../lib/page-probes.mjs';
import { startStaticServer } from '../../tests/e2e/support/static-server.mjs';
import { busyStretches, inclusiveTimes } from './busy-stretches.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TRAIN_BUTTON = /^[^\p{L}\p{N}]*(Train|Run)/u;
const SAMPLING_INTERVAL_US = 250;
const STRETCHES_SHOWN = Number(process.env.TOP ?? 5);
const FUNCTIONS_SHOWN = 20;
const RUN_TIMEOUT_MS = 120_000;

const [chapter, demoId, runsArgument = '3'] = process.argv.slice(2);
if (!chapter || !demoId) {
  process.stderr.write('usage: npm run bench:profile -- /chapters/<slug>/ <demo-id> [runs]\n');
  process.exit(2);
}

const out = process.env.ACTIVATION_LAB_OUT ?? '.out/bench';
const server = await startStaticServer({ root: path.join(ROOT, out), port: 0 });
const browser = await launchBrowser();
try {
  const page = await (await newContext(browser)).newPage();
  page.on('console', (message) => message.type() === 'error' && process.stdout.write(`console error: ${message.text()}\n`));
  await page.addInitScript(recordLongTasks);
  await page.goto(`http://127.0.0.1:${server.address().port}${chapter}`, { waitUntil: 'load' });
  const demo = page.locator(`[data-demo="${demoId}"]`);
  await demo.scrollIntoViewIfNeeded();
  await page.waitForFunction(isMounted, await demo.elementHandle(), { timeout: RUN_TIMEOUT_MS });
  const button = demo.getByRole('button', { name: TRAIN_BUTTON }).first();
  await button.waitFor();

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  const profiledFrom = await page.evaluate(() => performance.now());
  await cdp.send('Profiler.start');
  for (let run = 0; run < Number(runsArgument); run++) {
    const startedAt = await page.evaluate(() => performance.now());
    await button.evaluate((element) => element.click());
    await page.waitForFunction((root) => /^(done|diverged|error)$/.test(root.dataset.state ?? ''), await demo.elementHandle(), { polling: 50, timeout: RUN_TIMEOUT_MS });
    const endedAt = await page.evaluate(() => performance.now());
    process.stdout.write(`run ${run + 1}: ${(endedAt - startedAt).toFixed(0)} ms, ${await demo.getAttribute('data-state')}, value ${await demo.getAttribute('data-value')}\n`);
  }
  const { profile } = await cdp.send('Profiler.stop');

  for (const stretch of busyStretches(profile).slice(0, STRETCHES_SHOWN)) {
    process.stdout.write(`\nbusy ${stretch.ms.toFixed(1)} ms\n`);
    for (const { label, ms } of inclusiveTimes(profile, stretch).slice(0, FUNCTIONS_SHOWN)) {
      process.stdout.write(`  ${ms.toFixed(1).padStart(7)} ms  ${label}\n`);
    }
  }
  const longTasks = await page.evaluate((from) => window.__benchLongTasks.filter((task) => task.start >= from).map((task) => Math.round(task.duration)), profiledFrom);
  process.stdout.write(`\nlong tasks (ms): ${longTasks.join(' ') || 'none'}\n`);
} finally {
  await browser.close();
  server.close();
}
