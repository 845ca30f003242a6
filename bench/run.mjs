// `npm run bench`: builds the site into its own folder, serves it, drives headless Chromium and Node
// through the measurements of issue 7, prints a table and writes bench/results.json.
// It measures and reports against the targets; it never fails on a number. See bench/README.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions, SECTIONS, usage } from './lib/options.mjs';
import { loadAverage, timed } from './lib/machine.mjs';
import { buildBenchEntry, buildSite, serveSite } from './lib/site.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { chapterPaths } from './lib/chapters.mjs';
import { measureNode } from './lib/node-reference.mjs';
import { measureParallel } from './lib/parallel-cli.mjs';
import { measureReferenceInPage } from './lib/reference-page.mjs';
import { measureDemos } from './lib/demos.mjs';
import { measureTransfer } from './lib/transfer.mjs';
import { measureColdStart } from './lib/cold-start.mjs';
import { measureLighthouse } from './lib/lighthouse.mjs';
import { measureScale } from './lib/scale.mjs';
import { measurePageLoad } from './lib/page-load.mjs';
import { formatReport, TARGETS, verdicts } from './lib/report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_FILE = path.join(ROOT, 'bench/results.json');
/** The chapter that hosts the spiral races; the reference demo goes at the top of its page. */
const REFERENCE_CHAPTER_HINT = 'nonlinear-family';

/** Sections a partial run (e.g. `npm run bench:lighthouse`) did not measure, kept from the last results file. */
function previousSections(measured) {
  if (!existsSync(RESULTS_FILE)) return {};
  try {
    const previous = JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
    return Object.fromEntries(SECTIONS.filter((section) => !measured.includes(section) && previous[section]).map((section) => [section, previous[section]]));
  } catch {
    return {};
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${usage()}\n`);
    return;
  }
  process.chdir(ROOT);
  const wants = (section) => options.sections.includes(section);
  const results = {
    startedAt: new Date().toISOString(),
    machine: `${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`,
    loadAtStart: loadAverage(),
    options: { ...options },
    targets: TARGETS,
  };
  const pageFlags = options.backend ? { 'tf-backend': options.backend } : {};

  if (wants('node')) results.node = await timed('Node reference workload', () => measureNode(options.seeds));
  if (wants('parallel')) results.parallel = await timed('experiment CLI in turn and --parallel 2', () => measureParallel());

  const pageSections = ['scale', 'reference', 'demos', 'transfer', 'coldstart', 'pageload', 'lighthouse'].filter(wants);
  if (pageSections.length > 0) {
    if (options.build) await timed('building the site', () => buildSite(ROOT, options.out).then(() => ({})));
    await buildBenchEntry(ROOT, options.out);
    const { server, origin } = await serveSite(ROOT, options.out);
    const chapters = chapterPaths(ROOT, options.out, options.chapters);
    results.chapters = chapters;
    const browser = await launchBrowser();
    try {
      if (wants('scale')) results.scale = await timed('scale: samples/s by width, depth and batch', () => measureScale(browser, origin, chapters[0]));
      if (wants('reference')) {
        const chapter = chapterPaths(ROOT, options.out).find((link) => link.includes(REFERENCE_CHAPTER_HINT)) ?? chapters[0];
        results.reference = await timed('reference workload in the page', () => measureReferenceInPage(browser, origin, chapter, options.seeds, pageFlags, options.referenceEngine));
      }
      if (wants('transfer')) results.transfer = await timed('JavaScript per chapter', () => measureTransfer(browser, origin, chapters, pageFlags));
      if (wants('pageload')) results.pageload = await timed('page load: long tasks after first paint', () => measurePageLoad(browser, origin, chapters, pageFlags));
      if (wants('coldstart')) results.coldstart = await timed('cold start of each first demo', () => measureColdStart(browser, origin, chapters, pageFlags));
      if (wants('demos')) results.demos = await timed('every demo', () => measureDemos(browser, origin, chapters, options, pageFlags));
      // The same demos forced onto TensorFlow.js (?engine=tfjs), timed only: the engine choice's cost.
      if (wants('demosTfjs')) {
        results.demosTfjs = await timed('every demo on TensorFlow.js', () => measureDemos(browser, origin, chapters, { ...options, tensorRuns: options.timingRuns }, { ...pageFlags, engine: 'tfjs' }));
      }
      if (wants('lighthouse')) results.lighthouse = await timed('Lighthouse', () => measureLighthouse(origin, chapters, options.lighthouseRuns));
    } finally {
      await browser.close();
      server.close();
    }
  }
  results.loadAtEnd = loadAverage();
  const merged = { ...previousSections(options.sections), ...results };
  merged.verdicts = verdicts(merged);
  Object.assign(results, merged);
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatReport(results)}\n\nWritten to ${path.relative(ROOT, RESULTS_FILE)}.\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
