// The scale section (issue 18, target 5): how training cost grows with width, depth and batch size on
// lab's array engine, tfjs wasm and tfjs cpu. The grid runs in Node (bench/node/scale.ts); one row runs
// in a chapter page (bench/page/scale-probe.ts) to show the browser agrees. Every cell also says what
// engine 'auto' picks on wasm (lab/train/engine-crossover.ts), and the section checks that the rule
// picked the engine measured faster (CPU time), or one within the tie band of it.
import { runJson } from './node-reference.mjs';
import { newContext } from './browser.mjs';
import { BENCH_SCALE_PATH } from './site.mjs';

const NODE_BUDGET_MS = 600;
const PAGE_BUDGET_MS = 600;
/** Lab ÷ wasm speed ratios inside this band count as a tie: either engine agrees with the rule. */
export const TIE_BAND = [0.8, 1.25];
const ENGINES = ['lab', 'tfjs-wasm', 'tfjs-cpu'];

const cellKey = ({ width, depth, batch }) => `${width}×${depth}, batch ${batch}`;

/** One line per cell: samples per CPU second on each engine, the winner and whether the rule agrees. */
export function summariseCells(rows) {
  const cells = new Map();
  for (const row of rows) {
    const cell = cells.get(cellKey(row)) ?? { cell: cellKey(row), width: row.width, depth: row.depth, batch: row.batch, ruleOnWasm: row.ruleOnWasm, engines: {} };
    cell.engines[row.engine] = { samplesPerSecond: row.samplesPerSecond, samplesPerCpuSecond: row.samplesPerCpuSecond, epochs: row.epochs, ran: row.ran };
    cells.set(cell.cell, cell);
  }
  return [...cells.values()].map((cell) => {
    const rate = (engine) => cell.engines[engine]?.samplesPerCpuSecond ?? 0;
    const winner = ENGINES.filter((engine) => cell.engines[engine]).reduce((best, engine) => (rate(engine) > rate(best) ? engine : best));
    const labOverWasm = rate('tfjs-wasm') > 0 ? rate('lab') / rate('tfjs-wasm') : null;
    const measured = labOverWasm === null ? null : labOverWasm >= 1 ? 'lab' : 'tfjs-wasm';
    const tie = labOverWasm !== null && labOverWasm >= TIE_BAND[0] && labOverWasm <= TIE_BAND[1];
    return { ...cell, winner, labOverWasm, ruleAgrees: measured === null || tie || measured === cell.ruleOnWasm, tie };
  });
}

async function measureInPage(browser, origin, chapter) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(origin + chapter, { waitUntil: 'load' });
    await page.addScriptTag({ url: BENCH_SCALE_PATH, type: 'module' });
    await page.waitForFunction(() => window.__scaleBench !== undefined, undefined, { timeout: 60_000 });
    const threadSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN;
    const rows = [];
    const cells = await page.evaluate(() => window.__scaleBench.cells);
    for (const engine of ENGINES) {
      for (const cell of cells) {
        const epochs = await page.evaluate(([c, e, budget]) => window.__scaleBench.prepare(c, e, budget), [cell, engine, PAGE_BUDGET_MS]);
        const before = await threadSeconds();
        const run = await page.evaluate(([c, e, n]) => window.__scaleBench.run(c, e, n), [cell, engine, epochs]);
        const cpuMs = ((await threadSeconds()) - before) * 1000;
        rows.push({ ...cell, ...run, cpuMs, samplesPerCpuSecond: (run.samples * 1000) / cpuMs });
      }
    }
    const gpu = await page.evaluate(() => window.__scaleBench.gpu());
    const seen = `WebGL renderer: ${gpu.webglRenderer ?? 'none'}; WebGPU adapter: ${gpu.webgpuAdapter ?? 'none'}`;
    return { chapter, rows, gpu, gpuNote: gpu.softwareOnly ? `no GPU here (${seen})` : `a GPU is reported but webgl/webgpu were not measured (${seen})` };
  } finally {
    await context.close();
  }
}

export async function measureScale(browser, origin, chapter) {
  const raw = await runJson(['bench/node/scale.ts', '--budget-ms', String(NODE_BUDGET_MS)]);
  const cells = summariseCells(raw.rows);
  const page = await measureInPage(browser, origin, chapter);
  return {
    trainSize: raw.trainSize,
    budgetMs: raw.budgetMs,
    repeats: raw.repeats ?? 1,
    rows: raw.rows,
    cells,
    ruleAgreesEverywhere: cells.every((cell) => cell.ruleAgrees),
    page: { ...page, cells: summariseCells(page.rows) },
  };
}
