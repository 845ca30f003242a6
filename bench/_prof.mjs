import { launchBrowser, newContext } from './lib/browser.mjs';
import { serveSite, BENCH_ENTRY_PATH } from './lib/site.mjs';
const { server, origin } = await serveSite('/work/main', '.out/perf');
const browser = await launchBrowser();
const ctx = await newContext(browser); const page = await ctx.newPage();
await page.goto(origin + '/chapters/the-nonlinear-family/' + (process.env.Q ?? ''));
await page.addScriptTag({ url: BENCH_ENTRY_PATH, type: 'module' });
await page.waitForFunction(() => Array.isArray(window.__referenceBench));
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
for (const seed of (process.argv[2] ?? '1').split(',')) {
  await cdp.send('Profiler.start');
  await page.fill('[data-part=seed]', seed);
  await page.click('[data-part=train]');
  await page.waitForFunction(() => document.querySelector('[data-demo=reference-workload]').dataset.state === 'running');
  await page.waitForFunction(() => document.querySelector('[data-demo=reference-workload]').dataset.state !== 'running');
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const dt = profile.timeDeltas; const total = dt.reduce((a, b) => a + b, 0);
  profile.samples.forEach((id, i) => { const n = byId.get(id); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)); });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log('seed', seed, 'total ms', (total / 1000).toFixed(0), JSON.stringify(await page.evaluate(() => window.__referenceBench.at(-1))).slice(0, 300));
  for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(8), k);
}
await browser.close(); server.close();
