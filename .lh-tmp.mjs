// node .lh-tmp.mjs <root> <chapter> : target-size details and TBT long tasks
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/support/browser-path.mjs';
import { startStaticServer } from './tests/e2e/support/static-server.mjs';
const [root, chapter] = process.argv.slice(2);
const server = await startStaticServer({ root, port: 4384 });
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--no-sandbox'] });
const { lhr } = await lighthouse(`http://127.0.0.1:4384${chapter}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
console.log(root, chapter, 'perf', lhr.categories.performance.score, 'a11y', lhr.categories.accessibility.score, 'TBT', lhr.audits['total-blocking-time'].displayValue);
const ts = lhr.audits['target-size'];
console.log('target-size', ts.score, JSON.stringify(ts.details?.items?.slice(0, 5).map((i) => ({ node: i.node?.snippet?.slice(0, 150), sel: i.node?.selector, expl: i.node?.explanation?.slice(0, 300) }))));
const lt = lhr.audits['long-tasks'];
console.log('long tasks', JSON.stringify(lt?.details?.items?.slice(0, 6).map((i) => [i.url?.slice(-40), Math.round(i.startTime), Math.round(i.duration)])));
const bt = lhr.audits['bootup-time'];
console.log('mainthread', JSON.stringify(lhr.audits['mainthread-work-breakdown']?.details?.items?.map((i) => [i.group, Math.round(i.duration)])));
await chrome.kill(); server.close();
