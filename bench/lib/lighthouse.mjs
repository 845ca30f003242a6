// Lighthouse (pinned in package.json) on every chapter: performance, accessibility, best practices, SEO.
// Its default run: a mobile form factor with simulated throttling (slow 4G, 4× CPU slowdown). The
// simulation scales the main-thread work it observed, so on a loaded machine the performance score
// swings by ±15 points from run to run; each page is audited several times and the median kept.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/browser-path.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
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

function medianOf(values) {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
}

/** One report per page: the run with the median performance score, and every run's scores. */
function pickMedian(chapter, reports) {
  const scores = reports.map((report) => report.performance);
  const middle = medianOf(scores);
  const chosen = reports.find((report) => report.performance === middle) ?? reports[0];
  return { ...chosen, chapter, performanceRuns: scores };
}

export async function measureLighthouse(origin, chapters, runs = 1) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    // Chromium refuses its sandbox when run as root (as in this container); Playwright adds the same flag.
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const results = [];
  try {
    for (const chapter of chapters) {
      const reports = [];
      for (let run = 0; run < runs; run++) {
        process.stderr.write(`bench:   lighthouse ${chapter} (${run + 1}/${runs})\n`);
        reports.push(await auditPage(origin, chapter, chrome.port));
      }
      results.push(pickMedian(chapter, reports));
    }
  } finally {
    chrome.kill();
  }
  return { runsPerPage: runs, pages: results };
}

async function auditPage(origin, chapter, port) {
  const runner = await lighthouse(origin + chapter, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  const lhr = runner?.lhr;
  if (!lhr) return { error: 'Lighthouse returned no report', performance: null };
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories['best-practices']),
    seo: score(lhr.categories.seo),
    metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? null])),
    /** Weighted audits scoring below 1 (metrics included), per category. */
    failing: {
      performance: failedAudits(lhr, 'performance'),
      accessibility: failedAudits(lhr, 'accessibility'),
      bestPractices: failedAudits(lhr, 'best-practices'),
      seo: failedAudits(lhr, 'seo'),
    },
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}
