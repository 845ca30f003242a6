import * as tf from '@tensorflow/tfjs';
import { spiral } from './lab/datasets/index.ts';
import { trainOnDataset } from './lab/train/index.ts';
await tf.setBackend('cpu');
const [scales, lrs, seeds, wds, evalEvery] = [JSON.parse(process.argv[2]!), JSON.parse(process.argv[3]!), JSON.parse(process.argv[4]!), JSON.parse(process.argv[5] ?? '[0]'), Number(process.argv[6] ?? 5)];
for (const inputScale of scales) for (const lr of lrs) for (const weightDecay of wds) {
  const out: string[] = [];
  for (const seed of seeds) {
    const ds = spiral({ seed });
    const { result, model } = await trainOnDataset({ inputSize: 2, hidden: [8, 8], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed, inputScale },
      ds, { epochs: 1500, learningRate: lr, weightDecay, evaluateEvery: evalEvery, target: { metric: 'testAccuracy', value: 0.97 } });
    model.dispose();
    out.push(result.status === 'target-reached' ? `${result.epoch}e/${result.elapsedMs.toFixed(0)}ms` : `(${result.final.trainAccuracy?.toFixed(2)}|${result.final.testAccuracy?.toFixed(3)})`);
  }
  console.log(`scale ${inputScale} lr ${lr} wd ${weightDecay}:`, out.join('  '));
}
console.log('tensors', tf.memory().numTensors);
