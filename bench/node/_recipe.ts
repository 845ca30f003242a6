import { tf } from '../../lab/tfjs.ts';
import { makeDataset } from '../../lab/datasets/index.ts';
import { buildModel } from '../../lab/models/index.ts';
import { train } from '../../lab/train/index.ts';
await tf.setBackend('cpu');
const seeds = [1,2,3,4,5,6,7,8,9,10];
for (const inputScale of [0.2, 0.3, 0.5]) for (const lr of [0.015, 0.02, 0.03, 0.05]) {
  const epochs: number[] = [];
  for (const seed of seeds) {
    const data = makeDataset('spiral', { size: 500, noise: 0, testFraction: 0.5, seed });
    const model = buildModel({ inputSize: 2, hidden: [8, 8], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', inputScale, seed });
    const r = await train(model, data, { epochs: 3000, learningRate: lr, optimizer: 'adam', seed, sliceBudgetMs: 1000, evaluateEvery: 10, target: { metric: 'testAccuracy', value: 0.97 } });
    model.dispose();
    epochs.push(r.status === 'target-reached' ? r.epoch : Infinity);
  }
  const sorted = [...epochs].sort((a, b) => a - b);
  console.log(JSON.stringify({ inputScale, lr, reached: epochs.filter(Number.isFinite).length, median: (sorted[4]! + sorted[5]!) / 2, epochs: epochs.map(String).join(' ') }));
}
