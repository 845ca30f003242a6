// Lighthouse (pinned in package.json) on every chapter: performance, accessibility, best practices.
// Its default run: a mobile form factor with simulated throttling (slow 4G, 4× CPU slowdown), so the
// performance score is about the page's own cost, not this machine's load alone.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/browser-path.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

function score(category) {
  return category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100);
}

function failedAudits(lhr, categoryId) {
  const refs = lhr.categories[categoryId]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
    .map((ref) => ref.id);
}

export async function measureLighthouse(origin, chapters) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    // Chromium refuses its sandbox when run as root (as in this container); Playwright adds the same flag.
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const results = [];
  try {
    for (const chapter of chapters) {
      process.stderr.write(`bench:   lighthouse ${chapter}\n`);
      const runner = await lighthouse(origin + chapter, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = runner?.lhr;
      if (!lhr) {
        results.push({ chapter, error: 'Lighthouse returned no report' });
        continue;
      }
      results.push({
        chapter,
        lighthouseVersion: lhr.lighthouseVersion,
        performance: score(lhr.categories.performance),
        accessibility: score(lhr.categories.accessibility),
        bestPractices: score(lhr.categories['best-practices']),
        metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? null])),
        failing: {
          performance: failedAudits(lhr, 'performance'),
          accessibility: failedAudits(lhr, 'accessibility'),
          bestPractices: failedAudits(lhr, 'best-practices'),
        },
        runtimeError: lhr.runtimeError?.message ?? null,
      });
    }
  } finally {
    await chrome.kill();
  }
  return { pages: results };
}
