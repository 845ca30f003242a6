import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveSite } from '/work/main/bench/lib/site.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '/work/main/tests/e2e/support/browser-path.mjs';
const { server, origin } = await serveSite('/work/main', '.out/perf');
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--no-sandbox'] });
const r = await lighthouse(origin + (process.argv[2] ?? '/chapters/the-nonlinear-family/'), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r.lhr.audits;
for (const id of ['mainthread-work-breakdown', 'bootup-time', 'dom-size', 'total-blocking-time', 'largest-contentful-paint', 'first-contentful-paint', 'speed-index', 'render-blocking-resources', 'network-requests', 'long-tasks', 'largest-contentful-paint-element', 'render-blocking-insight', 'lcp-breakdown-insight', 'dom-size-insight']) {
  const x = a[id]; if (!x) continue;
  console.log(id, x.displayValue ?? '', x.score);
  const items = x.details?.items ?? [];
  for (const it of items.slice(0, 8)) console.log('   ', JSON.stringify(it).slice(0, 220));
}
await chrome.kill(); server.close();
