/**
 * A unit under gradient descent on plain arrays, with no TensorFlow.js: z = x·w + b, the catalog's
 * array kernel gives f(z) and carries ∂L/∂f back to ∂L/∂z (for the step, zero at every input, as
 * tfjs's gradient of its step is), and the chain rule sums ∂L/∂z into ∂L/∂w and ∂L/∂b. Values are
 * float32 like tfjs's; the sums are taken in double precision, as lab's array engine takes them.
 */
import type { DescentSetup, DescentUnit } from './descent-unit.ts';

export function arrayDescentUnit({ split, activation, learningRate, initial }: DescentSetup): DescentUnit {
  const kernel = activation.arrayKernel?.();
  if (!kernel) throw new Error(`Gradient descent on one unit: lab's engine has no array kernel for ${activation.name}; use engine "tfjs".`);
  const rows = split.xs.length;
  const inputs = initial.weights.length;
  const xs = Float32Array.from(split.xs.flat());
  const ys = Float32Array.from(split.ys);
  const w = Float32Array.from(initial.weights);
  const b = Float32Array.of(initial.bias);
  const z = new Float32Array(rows);
  const a = new Float32Array(rows);
  const g = new Float32Array(rows);
  return {
    step() {
      for (let r = 0; r < rows; r++) {
        let sum = 0;
        for (let i = 0; i < inputs; i++) sum += xs[r * inputs + i]! * w[i]!;
        z[r] = Math.fround(sum) + b[0]!;
      }
      kernel.apply(z, a, rows);
      let squared = 0;
      for (let r = 0; r < rows; r++) {
        const error = a[r]! - ys[r]!;
        squared += error * error;
        g[r] = (2 * error) / rows;
      }
      kernel.backprop(z, a, g, rows);
      const gradient = new Float32Array(inputs + 1);
      for (let i = 0; i < inputs; i++) {
        let sum = 0;
        for (let r = 0; r < rows; r++) sum += g[r]! * xs[r * inputs + i]!;
        gradient[i] = sum;
      }
      gradient[inputs] = g.reduce((sum, value) => sum + value, 0);
      for (let i = 0; i < inputs; i++) w[i] = w[i]! - Math.fround(gradient[i]! * learningRate);
      b[0] = b[0]! - Math.fround(gradient[inputs]! * learningRate);
      return { loss: Math.fround(squared / rows), gradient: Array.from(gradient) };
    },
    values: () => [...w, ...b],
    dispose: () => undefined,
  };
}
