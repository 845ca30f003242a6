/**
 * TensorFlow.js as the site's pages load it: the names lab/, components/ and the chapters' cells use
 * from tfjs-core and tfjs-layers (tests/unit/tfjs-browser-entry.test.ts checks the list against every
 * tf.name they write), plus the cpu backend, every gradient and the chained tensor methods (x.add(y)).
 * Named exports, so the bundler leaves out the rest of both packages (tfjs-core's io handlers,
 * browser helpers and unused ops' public wrappers). The wasm backend is registered on demand by
 * components/ui/backend/wasm-backend.ts. The cell kernel's worker gives reader code the whole API
 * (tfjs-browser-full.ts). Reached through '#tfjs-api' (package.json "imports"); Node gets tfjs-node.ts.
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-cpu';

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
export type { Shape } from '@tensorflow/tfjs-layers';

export { LayerVariable, LayersModel, Sequential, initializers, layers, loadLayersModel, model, sequential } from '@tensorflow/tfjs-layers';
