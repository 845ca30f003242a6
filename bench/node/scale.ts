/**
 * How training cost grows with the network: samples per second for every cell of the scale grid
 * (bench/scale-grid.ts) on lab's array engine, tfjs wasm and tfjs cpu, all through lab's train().
 * Each cell first times one epoch; if that took under half the budget it trains as many epochs as fit
 * the budget, else the one epoch is the measurement. Every run ends with one evaluation on the training
 * set (a forward pass: about a third of an epoch on one-epoch cells, on every engine alike).
 * Reports samples per second of wall clock and of this process's CPU time. Prints one JSON object.
 * Before each engine's cells, one untimed run warms up its code (wasm compilation, JIT).
 * The cells near the crossover, where the two engines are within a few tens of per cent of each other
 * and one run's ratio moved from 0.76 to 1.15 between runs, are measured CROSSOVER_REPEATS times in
 * rounds (every cell on both engines, then again), and their row carries the median run's figures.
 * Usage: node bench/node/scale.ts [--budget-ms 600] [--engines lab,tfjs-wasm,tfjs-cpu] [--crossover-only] [--repeats 5]
 */
import process from 'node:process';
import { loadTfjs, makeDataset, buildModel, train } from '../../lab/index.ts';
import '@tensorflow/tfjs-backend-wasm';
import { cellLabel, epochsForBudget, ruleOnWasm, SCALE_CELLS, SCALE_ENGINES, SCALE_TRAIN_SIZE, scaleModel, scaleTraining, type ScaleCell, type ScaleEngine } from '../scale-grid.ts';

/** A terminal need not yield to anyone: one long slice. */
const NODE_SLICE_BUDGET_MS = 60_000;
const DEFAULT_BUDGET_MS = 600;
const CROSSOVER_REPEATS = 5;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const dataset = makeDataset('spiral', { size: SCALE_TRAIN_SIZE, noise: 0.1, testFraction: 0, seed: 1 });

async function timeEpochs(cell: ScaleCell, engine: ScaleEngine, epochs: number) {
  const model = buildModel(scaleModel(cell));
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const result = await train(model, dataset, { ...scaleTraining(cell, engine, epochs), sliceBudgetMs: NODE_SLICE_BUDGET_MS });
  const wallMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  model.dispose();
  const samples = epochs * dataset.train.ys.length;
  return {
    epochs,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    samplesPerSecond: (samples * 1000) / wallMs,
    samplesPerCpuSecond: (samples * 1000) / Math.max((cpu.user + cpu.system) / 1000, 0.001),
    ran: result.engine ?? 'tfjs',
  };
}

type TimedRun = Awaited<ReturnType<typeof timeEpochs>>;

/** The run with the median samples per CPU second (the upper middle one of an even count). */
function medianRun(runs: readonly TimedRun[]): TimedRun {
  const sorted = [...runs].sort((a, b) => a.samplesPerCpuSecond - b.samplesPerCpuSecond);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const budgetMs = Number(argument('budget-ms') ?? DEFAULT_BUDGET_MS);
  const repeats = Math.max(1, Number(argument('repeats') ?? CROSSOVER_REPEATS));
  const engines = (argument('engines')?.split(',') ?? [...SCALE_ENGINES]) as ScaleEngine[];
  const cells = SCALE_CELLS.filter((candidate) => candidate.crossover || !process.argv.includes('--crossover-only'));
  const runs = new Map<string, TimedRun[]>();
  const tf = await loadTfjs();
  for (let round = 0; round < repeats; round++) {
    for (const engine of engines) {
      await tf.setBackend(engine === 'tfjs-wasm' ? 'wasm' : 'cpu');
      await tf.ready();
      if (round === 0) await timeEpochs(SCALE_CELLS[0]!, engine, 20);
      // Grid cells once; the cells near the crossover in every round.
      for (const cell of cells.filter((candidate) => round === 0 || candidate.crossover)) {
        if (cell.crossover && engine === 'tfjs-cpu') continue;
        const probe = await timeEpochs(cell, engine, 1);
        const epochs = epochsForBudget(probe.wallMs, budgetMs);
        const run = epochs === 1 ? probe : await timeEpochs(cell, engine, epochs);
        const key = `${engine} ${cellLabel(cell)}`;
        runs.set(key, [...(runs.get(key) ?? []), run]);
        process.stderr.write(`scale: ${key}: ${Math.round(run.samplesPerCpuSecond)} samples/CPU-s\n`);
      }
    }
  }
  const rows = engines.flatMap((engine) =>
    cells.filter((cell) => runs.has(`${engine} ${cellLabel(cell)}`)).map((cell) => {
      const timed = runs.get(`${engine} ${cellLabel(cell)}`)!;
      const backend = engine === 'tfjs-wasm' ? 'wasm' : 'cpu';
      return { ...cell, engine, backend, ruleOnWasm: ruleOnWasm(cell), ...medianRun(timed), runs: timed.length, samplesPerCpuSecondRuns: timed.map((run) => Math.round(run.samplesPerCpuSecond)) };
    }),
  );
  process.stdout.write(`${JSON.stringify({ trainSize: dataset.train.ys.length, budgetMs, repeats, rows })}\n`);
}

await main();
