/**
 * The reference workload trained by lab's engine in Node, on the cpu and wasm backends, once with
 * the engine lab picks ('auto': the array engine for this plain MLP) and once forced onto tfjs.
 * Prints one JSON object on stdout. Samples per second count training examples per second of
 * training (wall clock, as TrainResult reports it) and per second of this process's CPU time, which
 * is steadier on a shared machine.
 * Usage: node bench/node/reference.ts [--seeds 1,2,3,4,5] [--backends cpu,wasm] [--engines auto,tfjs]
 */
import process from 'node:process';
import { loadTfjs, makeDataset, buildModel, train, type TrainOptions } from '../../lab/index.ts';
import '@tensorflow/tfjs-backend-wasm';
import { REFERENCE_SEEDS, referenceDatasetOptions, referenceModel, referenceTraining, THROUGHPUT_EPOCHS } from '../reference-workload.ts';

/** A terminal need not yield to anyone: one long slice. */
const NODE_SLICE_BUDGET_MS = 1000;

interface Measured {
  seed: number;
  status: string;
  epoch: number;
  testAccuracy: number | null;
  wallMs: number;
  cpuMs: number;
  samplesPerSecond: number;
  samplesPerCpuSecond: number;
  engine: string;
}

function listArgument(name: string, fallback: readonly string[]): string[] {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]!.split(',') : [...fallback];
}

async function measure(seed: number, options: TrainOptions): Promise<Measured> {
  const dataset = makeDataset('spiral', referenceDatasetOptions(seed));
  const model = buildModel(referenceModel(seed));
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const result = await train(model, dataset, { ...options, sliceBudgetMs: NODE_SLICE_BUDGET_MS });
  const wallMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  model.dispose();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return {
    seed,
    status: result.status,
    epoch: result.epoch,
    testAccuracy: result.final.testAccuracy ?? null,
    wallMs,
    cpuMs,
    samplesPerSecond: result.samplesPerSecond,
    samplesPerCpuSecond: (result.epoch * dataset.train.ys.length * 1000) / cpuMs,
    engine: result.engine ?? 'tfjs',
  };
}

async function main(): Promise<void> {
  const seeds = listArgument('seeds', REFERENCE_SEEDS.map(String)).map(Number);
  const backends = listArgument('backends', ['cpu', 'wasm']);
  const engines = listArgument('engines', ['auto', 'tfjs']) as ('auto' | 'tfjs')[];
  const tf = await loadTfjs();
  const rows = [];
  for (const backend of backends) {
    await tf.setBackend(backend);
    await tf.ready();
    for (const engine of engines) {
      const toTarget = [];
      for (const seed of seeds) toTarget.push(await measure(seed, { ...referenceTraining(seed), engine }));
      const { target: _ignored, ...untargeted } = referenceTraining(seeds[0]!);
      const sustained = await measure(seeds[0]!, { ...untargeted, epochs: THROUGHPUT_EPOCHS, engine });
      rows.push({ backend: tf.getBackend(), engine, toTarget, sustained });
    }
  }
  process.stdout.write(`${JSON.stringify({ seeds, throughputEpochs: THROUGHPUT_EPOCHS, rows })}\n`);
}

await main();
