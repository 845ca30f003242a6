import * as tf from '@tensorflow/tfjs';
import { circle } from './lab/datasets/index.ts';
import { trainOnDataset } from './lab/train/index.ts';
await tf.setBackend('cpu');
const seeds = JSON.parse(process.argv[2] ?? '[1,2,3]');
const hidden = JSON.parse(process.argv[3] ?? '[8,8,8]');
const lr = Number(process.argv[4] ?? 0.03);
for (const act of ['linear', 'tanh', 'relu']) {
  const out: string[] = [];
  for (const seed of seeds) {
    const ds = circle({ seed });
    const { result, model } = await trainOnDataset({ inputSize: 2, hidden, activation: { id: act }, outputSize: 1, output: 'sigmoid', seed, inputScale: 0.2 },
      ds, { epochs: act === 'linear' ? 300 : 600, learningRate: lr, evaluateEvery: 5, ...(act === 'linear' ? {} : { target: { metric: 'testAccuracy', value: 0.97 } }) });
    model.dispose();
    out.push(`${result.status[0]} ${result.epoch}e/${result.elapsedMs.toFixed(0)}ms tr${result.final.trainAccuracy?.toFixed(3)} te${result.final.testAccuracy?.toFixed(3)}`);
  }
  console.log(act, out.join(' | '));
}
console.log('tensors', tf.memory().numTensors);
