import * as tf from '@tensorflow/tfjs';
import { spiral } from '../lab/datasets/index.ts';
import { trainOnDataset } from '../lab/train/index.ts';
await tf.setBackend('cpu');
const [hiddenArg, lrArg, noiseArg, scaleArg, classesArg] = process.argv.slice(2);
const hidden = JSON.parse(hiddenArg ?? '[16,16]');
const lr = Number(lrArg ?? 0.03);
const classes = Number(classesArg ?? 2);
const acts = classes === 2 ? ['relu', 'tanh', 'swish', 'sigmoid', 'elu', 'gelu', 'leaky-relu', 'mish', 'softplus'] : ['relu','tanh','swish'];
for (const seed of [1, 7, 42]) {
  const ds = spiral({ seed, noise: Number(noiseArg ?? 0), classes, size: 500 });
  const row: string[] = [];
  for (const id of acts) {
    const t0 = performance.now();
    const { result, model } = await trainOnDataset(
      { inputSize: 2, hidden, activation: { id }, outputSize: classes === 2 ? 1 : classes, output: classes === 2 ? 'sigmoid' : 'softmax', seed, inputScale: Number(scaleArg ?? 0.2) },
      ds, { epochs: 600, learningRate: lr, optimizer: 'adam', evaluateEvery: 10, target: { metric: 'testAccuracy', value: classes === 2 ? 0.95 : 0.9 } });
    model.dispose();
    row.push(`${id}:${result.final.testAccuracy?.toFixed(3)}@${result.epoch}/${((performance.now()-t0)/1000).toFixed(1)}s`);
  }
  console.log(seed, row.join('  '));
}
