import { beforeAll, describe, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { expectRefused, expectSolved } from './support/exercise-expectations.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('port-leaky-relu', () => {
  it('accepts a leakyReLU layer with α = 0.01', async () => {
    await expectSolved('port-leaky-relu', tf.layers.leakyReLU({ alpha: 0.01 }));
  });

  it('refuses the layer’s own default, the op’s default and a plain function', async () => {
    await expectRefused('port-leaky-relu', tf.layers.leakyReLU(), /At x = -4, PyTorch’s nn\.LeakyReLU\(\) gives -0\.04, but your LeakyReLU layer gives -1\.2\. Your layer’s negative slope is 0\.3\./);
    await expectRefused('port-leaky-relu', tf.layers.reLU(), /ReLU layer gives 0\. Your layer’s negative slope is 0\./);
    await expectRefused('port-leaky-relu', (x: tf.Tensor) => tf.leakyRelu(x, 0.01), /should be a TensorFlow\.js layer.*but it is a function/);
  });
});

describe('keras-hard-sigmoid', () => {
  it('accepts clip(x/6 + 1/2, 0, 1)', async () => {
    await expectSolved('keras-hard-sigmoid', (x: tf.Tensor) => tf.clipByValue(x.div(6).add(0.5), 0, 1));
  });

  it('refuses TensorFlow.js’s own hardSigmoid and a ramp that is never clipped', async () => {
    await expectRefused('keras-hard-sigmoid', (x: tf.Tensor) => tf.layers.activation({ activation: 'hardSigmoid' }).apply(x) as tf.Tensor, /That is TensorFlow\.js’s own hardSigmoid, the Keras 2 form with slope 0\.2/);
    await expectRefused('keras-hard-sigmoid', (x: tf.Tensor) => x.div(6).add(0.5), /At x = -4, Keras 3’s hard_sigmoid gives 0, but yours gives -0\.1667\.$/);
  });
});
