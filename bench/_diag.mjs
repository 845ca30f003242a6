import { launchBrowser, newContext } from '/work/main/bench/lib/browser.mjs';
import { serveSite } from '/work/main/bench/lib/site.mjs';
import { measureReferenceInPage } from '/work/main/bench/lib/reference-page.mjs';
const { server, origin } = await serveSite('/work/main', '.out/perf');
const browser = await launchBrowser();
for (const chapter of process.argv.slice(2)) {
  const r = await measureReferenceInPage(browser, origin, chapter, [2, 3, 5], {});
  console.log(chapter, JSON.stringify(r.runs.map(x => [x.seed, Math.round(x.wallMs), Math.round(x.repaintsPerSecond), Math.round(x.samplesPerSecond), Math.round(x.longestTaskMs), Math.round(x.longestFrameGapMs)])));
}
await browser.close(); server.close();
