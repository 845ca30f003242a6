import * as tf from '@tensorflow/tfjs';
import { spiral } from './lab/datasets/index.ts';
import { trainOnDataset } from './lab/train/index.ts';
await tf.setBackend('cpu');
const [inputScale, lr, seed, epochs] = process.argv.slice(2).map(Number) as [number, number, number, number];
const ds = spiral({ seed });
const { result, model } = await trainOnDataset({ inputSize: 2, hidden: [8, 8], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed, inputScale },
  ds, { epochs, learningRate: lr, evaluateEvery: 250 });
model.dispose();
console.log(result.history.filter((h) => h.testAccuracy !== undefined).map((h) => `${h.epoch}: loss ${h.loss.toFixed(3)} train ${h.trainAccuracy?.toFixed(3)} test ${h.testAccuracy?.toFixed(3)}`).join('\n'));
