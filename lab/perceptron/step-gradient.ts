/**
 * What gradient descent sees of a step unit. The slope is not written down as a formula: it is what
 * the engine's backward pass carries through the catalog's step, tf.grad through its tfjs
 * implementation on engine 'tfjs', the catalog's array kernel (lab's engine) otherwise. It is zero at
 * every input on both, so the chain rule hands every weight a zero gradient.
 */
import { tf } from '../tfjs.ts';
import { getActivation } from '../activations/index.ts';
import type { EngineChoice } from '../types.ts';

/** The slope 1 carried back through the step's array kernel at each z. */
function arraySlopes(zs: readonly number[]): number[] {
  const kernel = getActivation('step').arrayKernel?.();
  if (!kernel) throw new Error('stepGradientAt: the catalog\'s step has no array kernel.');
  const z = Float32Array.from(zs);
  const a = new Float32Array(z.length);
  const slopes = new Float32Array(z.length).fill(1);
  kernel.apply(z, a, z.length);
  kernel.backprop(z, a, slopes, z.length);
  return Array.from(slopes);
}

/** f′(z) of the catalog's step at each z, by tf.grad (engine 'tfjs', which must be loaded) or by lab's array kernel. */
export function stepGradientAt(zs: readonly number[], engine: EngineChoice = 'auto'): number[] {
  if (!Array.isArray(zs) || !zs.every(Number.isFinite)) throw new Error('stepGradientAt needs an array of finite numbers.');
  if (zs.length === 0) return [];
  if (engine !== 'tfjs') return arraySlopes(zs);
  const step = getActivation('step');
  const slopes = tf.tidy(() => tf.grad((z: tf.Tensor) => step.apply(z))(tf.tensor1d(zs as number[])));
  const values = Array.from(slopes.dataSync());
  slopes.dispose();
  return values;
}
