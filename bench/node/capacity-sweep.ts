/**
 * The capacity demo's sweep in Node, as the widget runs it (lab's run orchestrator, the default seed
 * and depth, the decision-grid probe, the widget's slice budget), timed by this process's CPU time.
 * Prints the sweep's U-shape ratio, so a change to the engine can be checked for identical results.
 * A diagnosis aid (run it under `node --cpu-prof` to see where the time goes).
 * Usage: node bench/node/capacity-sweep.ts [--repeat 3] [--slice-ms 12] [--engine auto|tfjs]
 */
import process from 'node:process';
import { capacityPlan, datasetBounds, DEFAULT_CAPACITY_SEED, DEFAULT_DEPTH, noisyCircle, runArms, summariseSweep, capacityRun, capacityWidths } from '../../lab/index.ts';

function numberArgument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const engineIndex = process.argv.indexOf('--engine');
const engine = engineIndex >= 0 ? (process.argv[engineIndex + 1] as 'auto' | 'tfjs') : 'auto';

const seed = DEFAULT_CAPACITY_SEED;
const depth = DEFAULT_DEPTH;
const dataset = noisyCircle(seed);
const probes = [{ id: 'decision-grid' as const, bounds: datasetBounds(dataset), resolution: 36, intervalMs: 300 }];
for (let repeat = 0; repeat < numberArgument('repeat', 1); repeat++) {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const plan = { ...capacityPlan({ dataset, seed, depth, probes }), sliceBudgetMs: numberArgument('slice-ms', 12), engine };
  const outcome = await runArms(plan);
  const cpu = process.cpuUsage(cpuBefore);
  const widths = capacityWidths(depth);
  const summary = summariseSweep(outcome.records.map((record, index) => capacityRun(record, widths[index]!, depth)));
  process.stdout.write(`${JSON.stringify({ ratio: summary?.uShapeRatio, cpuMs: Math.round((cpu.user + cpu.system) / 1000), wallMs: Math.round(performance.now() - wallBefore) })}\n`);
}
