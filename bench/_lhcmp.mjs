import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveSite } from './lib/site.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/browser-path.mjs';
const outs = process.argv[2].split(','); const pages = process.argv[3].split(',');
const servers = await Promise.all(outs.map((o) => serveSite('/work/main', o)));
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--no-sandbox'] });
for (let round = 0; round < Number(process.argv[4] ?? 2); round++) for (const p of pages) for (const [i, s] of servers.entries()) {
  const r = await lighthouse(s.origin + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'best-practices'] });
  const a = r.lhr.audits;
  console.log(outs[i].padEnd(22), p.padEnd(45), 'perf', Math.round(r.lhr.categories.performance.score * 100), 'bp', Math.round(r.lhr.categories['best-practices'].score * 100), 'FCP', a['first-contentful-paint'].displayValue, 'LCP', a['largest-contentful-paint'].displayValue, 'TBT', a['total-blocking-time'].displayValue, 'SI', a['speed-index'].displayValue, 'CLS', a['cumulative-layout-shift'].displayValue);
}
await chrome.kill(); servers.forEach((s) => s.server.close());
