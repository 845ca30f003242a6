/**
 * TensorFlow.js without its layers API, as the site's pages load it first: the names lab/,
 * components/ and the chapters' cells use from tfjs-core, every gradient and the chained tensor
 * methods (x.add(y)). Starting a backend, checking a derivative with tf.grad or timing an activation's
 * ops needs no more (lab/tfjs.ts's loadTfjsCore); a model adds tfjs-layers on top (tfjs-browser.ts,
 * loadTfjs), sharing this engine. Named exports, so the bundler leaves out the rest of tfjs-core (its
 * io handlers, browser helpers and unused ops' public wrappers).
 * The cpu backend is registered here under its own name and priority, but its code (tfjs-cpu-browser.ts)
 * is fetched only when tfjs starts it: the wasm backend, the default, is registered on demand by
 * components/ui/backend/wasm-backend.ts.
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { registerBackend } from '@tensorflow/tfjs-core';

/** tfjs-backend-cpu's own priority, below the wasm backend's 2. */
const CPU_PRIORITY = 1;

registerBackend('cpu', async () => new (await import('./tfjs-cpu-browser.ts')).MathBackendCPU(), CPU_PRIORITY);

export {
  // The engine, backends and memory.
  backend, dispose, engine, env, findBackendFactory, getBackend, memory, nextFrame, ready, registerBackend, setBackend, tidy, version_core,
  // Tensors and variables.
  Optimizer, Tensor, Variable, linspace, ones, onesLike, randomNormal, randomUniform, scalar, tensor, tensor1d, tensor2d, truncatedNormal, variable, zeros, zerosLike,
  // Ops.
  abs, add, addN, argMax, cast, clipByValue, concat, div, dot, elu, equal, erf, exp, gather, greater, leakyRelu, lessEqual, log, logSoftmax,
  matMul, max, mean, minimum, moments, mul, neg, norm, oneHot, pow, prelu, relu, relu6, reshape, selu, sigmoid, slice, softmax, softplus,
  split, squaredDifference, stack, step, sub, sum, tanh, unstack,
  // Gradients, training and saving.
  customGrad, grad, grads, variableGrads, io, losses, serialization, train,
} from '@tensorflow/tfjs-core';

export type { Scalar, Tensor1D, Tensor2D } from '@tensorflow/tfjs-core';
