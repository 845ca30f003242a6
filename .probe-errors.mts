import * as tf from '@tensorflow/tfjs';
import { spiral } from './lab/datasets/index.ts';
import { trainOnDataset } from './lab/train/index.ts';
await tf.setBackend('cpu');
const [inputScale, lr, seed, epochs] = process.argv.slice(2).map(Number) as [number, number, number, number];
const ds = spiral({ seed });
const { result, model } = await trainOnDataset({ inputSize: 2, hidden: [8, 8], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed, inputScale },
  ds, { epochs, learningRate: lr, evaluateEvery: 250 });
const p = (model.predict(tf.tensor2d(ds.test.xs)) as tf.Tensor).dataSync();
const errs = ds.test.xs.map((x, i) => ({ r: Math.hypot(x[0]!, x[1]!), y: ds.test.ys[i], p: p[i]! })).filter((e) => (e.p > 0.5 ? 1 : 0) !== e.y);
console.log(result.final.testAccuracy, errs.map((e) => `r=${e.r.toFixed(2)} y=${e.y} p=${e.p.toFixed(2)}`).join('\n'));
model.dispose();
