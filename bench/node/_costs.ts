import { tf } from '../../lab/tfjs.ts';
import { makeDataset, datasetBounds } from '../../lab/datasets/index.ts';
import { buildModel } from '../../lab/models/index.ts';
import { predictGrid } from '../../lab/train/index.ts';
import { planMlp } from '../../lab/mlp/plan.ts';
import { networkFromPlan, writeNetworkToModel } from '../../lab/mlp/mlp-engine.ts';
import { referenceModel, referenceDatasetOptions } from '../reference-workload.ts';
await tf.setBackend('cpu');
const model = buildModel(referenceModel(1));
const data = makeDataset('spiral', referenceDatasetOptions(1));
const plan = planMlp(model, 'sigmoid', true)!;
const net = networkFromPlan(plan);
async function time(label: string, n: number, fn: () => unknown) { for (let i = 0; i < 20; i++) await fn(); const c = process.cpuUsage(); for (let i = 0; i < n; i++) await fn(); const u = process.cpuUsage(c); console.log(label, ((u.user + u.system) / n / 1000).toFixed(3), 'ms cpu'); }
await time('syncModel', 500, () => writeNetworkToModel(net, plan));
await time('predictGrid 40', 100, () => predictGrid(model, datasetBounds(data), 40));
await time('networkFromPlan', 500, () => networkFromPlan(plan));
await time('forward 1600', 500, () => net.forward(new Float32Array(3200), 1600));
console.log(tf.memory().numTensors);
