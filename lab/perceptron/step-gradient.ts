/**
 * What gradient descent sees of a step unit. The slope comes from automatic differentiation (tf.grad
 * through the catalog's step implementation), not from a formula: it is zero at every input, so the
 * chain rule hands every weight a zero gradient.
 */
import { tf } from '../tfjs.ts';
import { getActivation } from '../activations/index.ts';

/** f′(z) of the catalog's step at each z, by tf.grad through its tfjs implementation. */
export function stepGradientAt(zs: readonly number[]): number[] {
  if (!Array.isArray(zs) || !zs.every(Number.isFinite)) throw new Error('stepGradientAt needs an array of finite numbers.');
  if (zs.length === 0) return [];
  const step = getActivation('step');
  const slopes = tf.tidy(() => tf.grad((z: tf.Tensor) => step.apply(z))(tf.tensor1d(zs as number[])));
  const values = Array.from(slopes.dataSync());
  slopes.dispose();
  return values;
}
