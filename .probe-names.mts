import * as tf from '@tensorflow/tfjs';
import { buildModel } from './lab/models/index.ts';
const m = buildModel({ inputSize: 2, hidden: [8, 8], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed: 1, inputScale: 0.5 });
console.log(m.trainableWeights.map((w) => [w.name, w.originalName, w.shape.length]));
const m2 = buildModel({ inputSize: 2, hidden: [8], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed: 1 });
console.log(m2.trainableWeights.map((w) => [w.name, w.originalName]));
