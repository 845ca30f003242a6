import { tf } from '../../lab/tfjs.ts';
import { spiral } from '../../lab/datasets/index.ts';
import { buildModel } from '../../lab/models/index.ts';
import { train } from '../../lab/train/index.ts';
import { referenceDatasetOptions, referenceModel } from '../reference-workload.ts';
await tf.setBackend('cpu');
const data = spiral(referenceDatasetOptions(1));
for (const evaluateEvery of [100000, 10]) for (let k = 0; k < 3; k++) {
  const model = buildModel(referenceModel(1));
  const cpu0 = process.cpuUsage(); const t0 = performance.now();
  const r = await train(model, data, { epochs: 3000, learningRate: 0.015, optimizer: 'adam', evaluateEvery, sliceBudgetMs: 1000 });
  const cpu = process.cpuUsage(cpu0); model.dispose();
  console.log('evalEvery', evaluateEvery, r.engine, 'wall ms/epoch', ((performance.now()-t0)/3000).toFixed(3), 'cpu ms/epoch', ((cpu.user+cpu.system)/1000/3000).toFixed(3), 'sps', Math.round(r.samplesPerSecond));
}
