import { launchBrowser, newContext } from './lib/browser.mjs';
import { serveSite, BENCH_ENTRY_PATH } from './lib/site.mjs';
const { server, origin } = await serveSite('/work/main', '.out/perf');
const browser = await launchBrowser();
const ctx = await newContext(browser); const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
await page.goto(origin + '/chapters/the-nonlinear-family/' + (process.env.Q ?? ''));
await page.addScriptTag({ url: BENCH_ENTRY_PATH, type: 'module' });
await page.waitForFunction(() => Array.isArray(window.__referenceBench));
await page.mouse.wheel(0, 5); await page.waitForLoadState('networkidle'); await page.waitForTimeout(1500);
const get = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
const KEYS = ['ThreadTime', 'TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskOtherDuration', 'V8CompileDuration'];
for (const seed of (process.argv[2] ?? '1').split(',')) {
  const a = await get();
  await page.fill('[data-part=seed]', seed);
  await page.click('[data-part=train]');
  await page.waitForFunction(() => document.querySelector('[data-demo=reference-workload]').dataset.state === 'running');
  await page.waitForFunction(() => document.querySelector('[data-demo=reference-workload]').dataset.state !== 'running');
  const b = await get();
  const r = await page.evaluate(() => window.__referenceBench.at(-1));
  console.log('seed', seed, 'wall', Math.round(r.wallMs), 'epochs', r.epoch, 'repaints', r.repaints, 'paintMs', Math.round(r.paintMs), KEYS.map(k => `${k}=${Math.round((b[k] - a[k]) * 1000)}`).join(' '));
}
await browser.close(); server.close();
