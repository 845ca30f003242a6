/**
 * Hidden-layer activations of the plain-array MLP engine, each with its derivative written the way
 * tfjs computes it (same branch at 0, same formula), so both engines agree to float32 rounding.
 * Keys are tfjs-layers activation names, as Dense layers report them in getConfig().
 */

/** SELU's constants as tfjs 4.22 defines them (tfjs-core ops/selu_util). */
const SELU_SCALE = 1.0507009873554805;
const SELU_SCALE_ALPHA = 1.7580993408473769;
const RELU6_CAP = 6;
/** tfjs's softplus: exactly x above, exp(x) below these bounds (float32 machine epsilon). */
const FLOAT32_EPSILON = 1.1920928955078125e-7;
const SOFTPLUS_THRESHOLD = Math.log(FLOAT32_EPSILON) + 2;

export interface MlpActivation {
  /** a[i] = f(z[i]) for i < count. */
  apply(z: Float32Array, a: Float32Array, count: number): void;
  /** g[i] *= f'(z[i]) for i < count, given a = f(z). */
  backprop(z: Float32Array, a: Float32Array, g: Float32Array, count: number): void;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function softplus(x: number): number {
  if (x < SOFTPLUS_THRESHOLD) return Math.exp(x);
  if (x > -SOFTPLUS_THRESHOLD) return x;
  return Math.log(Math.exp(x) + 1);
}

const linear: MlpActivation = {
  apply: (z, a, count) => a.set(z.subarray(0, count)),
  backprop: () => undefined,
};

const tanh: MlpActivation = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = Math.tanh(z[i]!);
  },
  backprop: (_z, a, g, count) => {
    for (let i = 0; i < count; i++) g[i]! *= 1 - a[i]! * a[i]!;
  },
};

const logistic: MlpActivation = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = sigmoid(z[i]!);
  },
  backprop: (_z, a, g, count) => {
    for (let i = 0; i < count; i++) g[i]! *= a[i]! * (1 - a[i]!);
  },
};

const relu: MlpActivation = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! < 0 ? 0 : z[i]!;
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) if (!(z[i]! > 0)) g[i] = 0;
  },
};

const relu6: MlpActivation = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = Math.min(Math.max(z[i]!, 0), RELU6_CAP);
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) if (!(z[i]! > 0 && z[i]! <= RELU6_CAP)) g[i] = 0;
  },
};

const elu: MlpActivation = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! >= 0 ? z[i]! : Math.exp(z[i]!) - 1;
  },
  backprop: (_z, a, g, count) => {
    for (let i = 0; i < count; i++) if (a[i]! < 0) g[i]! *= a[i]! + 1;
  },
};

const selu: MlpActivation = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! >= 0 ? SELU_SCALE * z[i]! : SELU_SCALE_ALPHA * (Math.exp(z[i]!) - 1);
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) g[i]! *= z[i]! > 0 ? SELU_SCALE : SELU_SCALE_ALPHA * Math.exp(z[i]!);
  },
};

const softplusActivation: MlpActivation = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = softplus(z[i]!);
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) g[i]! *= sigmoid(z[i]!);
  },
};

const swish: MlpActivation = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! * sigmoid(z[i]!);
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) {
      const s = sigmoid(z[i]!);
      g[i]! *= s + z[i]! * s * (1 - s);
    }
  },
};

const softsign: MlpActivation = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! / (1 + Math.abs(z[i]!));
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) {
      const d = 1 + Math.abs(z[i]!);
      g[i]! /= d * d;
    }
  },
};

export const MLP_ACTIVATIONS: Readonly<Record<string, MlpActivation>> = {
  linear,
  tanh,
  sigmoid: logistic,
  relu,
  relu6,
  elu,
  selu,
  softplus: softplusActivation,
  swish,
  softsign,
};
