import { tf } from '/work/main/lab/tfjs.ts';
import '@tensorflow/tfjs-backend-wasm';
import { spiral } from '/work/main/lab/datasets/index.ts';
import { trainOnDataset } from '/work/main/lab/train/index.ts';
import { REFERENCE_SEEDS, referenceDatasetOptions, referenceModel, referenceTraining } from '/work/main/bench/reference-workload.ts';
const backend = process.argv[2] ?? 'cpu';
await tf.setBackend(backend); await tf.ready();
for (const seed of [...REFERENCE_SEEDS, 6,7,8,9,10]) {
  const cpu0 = process.cpuUsage(); const t0 = performance.now();
  const { result, model } = await trainOnDataset(referenceModel(seed), spiral(referenceDatasetOptions(seed)), referenceTraining(seed));
  const wall = performance.now() - t0; const cpu = process.cpuUsage(cpu0);
  model.dispose();
  console.log(backend, result.engine, seed, result.status, result.epoch, result.final.testAccuracy, 'wall', wall.toFixed(0), 'cpu', ((cpu.user+cpu.system)/1000).toFixed(0), 'ms/epoch cpu', ((cpu.user+cpu.system)/1000/result.epoch).toFixed(2), 'sps', Math.round(result.samplesPerSecond));
}
