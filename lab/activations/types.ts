import type { tf } from '../tfjs.ts';

/** The activation strings tf.layers accept (tfjs-layers' ActivationIdentifier, which its index does not export). */
export type TfjsActivationId =
  | 'elu' | 'hardSigmoid' | 'linear' | 'relu' | 'relu6' | 'selu' | 'sigmoid' | 'softmax'
  | 'softplus' | 'softsign' | 'tanh' | 'swish' | 'mish' | 'gelu' | 'gelu_new';

/** Parameter values keyed by ParamSpec.name; missing keys take the spec's default. */
export type ParamValues = Readonly<Record<string, number>>;

export interface ParamChoice {
  value: number;
  label: string;
}

export interface ParamSpec {
  /** Key in ActivationChoice.params and in URLs, e.g. 'alpha'. */
  name: string;
  /** KaTeX for the symbol used in the formula, e.g. '\\alpha'. */
  symbol: string;
  label: string;
  default: number;
  min: number;
  max: number;
  step: number;
  description: string;
  /** Present when only these values are allowed (a switch between forms, or an on/off option). */
  choices?: readonly ParamChoice[];
  /** True when the parameter changes how a layer trains but not the shape of f (a plot can ignore it). */
  trainingOnly?: boolean;
}

/**
 * An entry's maths as lab's array engine runs it, over Float32Arrays: tfjs's own formulas (same
 * branch at kinks, same constants, each element stored as float32), so the array engine and tfjs
 * agree to float32 rounding (tests/unit/mlp-engine.test.ts and array-engine-activations.test.ts check
 * it epoch by epoch). Each entry writes its own loops: one loop body per activation keeps the
 * engine's hot loops monomorphic.
 */
export interface ArrayKernel {
  /** a[i] = f(z[i]) for i < count. */
  apply(z: Float32Array, a: Float32Array, count: number): void;
  /** g[i] ← g[i] carried back through f at z[i] (a = f(z)), as tfjs's gradient computes it, for i < count. */
  backprop(z: Float32Array, a: Float32Array, g: Float32Array, count: number): void;
}

/**
 * The array engine's kernel for an activation with weights of its own (PReLU's slopes, a trained β,
 * a learned mix's coefficients), made for one layer of a known width, so it may keep scratch space
 * between apply() and backprop(). Elements are rows × units, row-major; `w` holds the layer's
 * activation weights in the order the tfjs layer stores them.
 */
export interface WeightedKernel {
  /** a = f(z; w) for rows × units elements. */
  apply(z: Float32Array, a: Float32Array, rows: number, w: Float32Array): void;
  /**
   * For the batch apply() last saw: g ← g · ∂f/∂z in place, and dw ← Σ g · ∂f/∂w over every element
   * (overwritten), as tfjs's gradients compute them.
   */
  backprop(z: Float32Array, a: Float32Array, g: Float32Array, rows: number, w: Float32Array, dw: Float32Array): void;
}

/** Which side(s) the derivative fades to zero on as |x| grows. */
export type Saturation = 'none' | 'left' | 'right' | 'both';
export type Cost = 'cheap' | 'moderate' | 'expensive';

export interface OutputRange {
  /** Infimum of the outputs; -Infinity when unbounded below. */
  lo: number;
  /** Supremum of the outputs; Infinity when unbounded above. */
  hi: number;
  /** KaTeX, with open or closed ends as they really are, e.g. '(0, 1)' or '[0, 6]'. */
  label: string;
}

export interface ActivationProperties {
  range: OutputRange;
  /** Never changes direction: non-decreasing (or non-increasing) over the whole real line. */
  monotonic: boolean;
  /** Continuously differentiable (C¹) everywhere. */
  smooth: boolean;
  /** f(0) = 0 and f takes both signs. */
  zeroCentred: boolean;
  saturating: Saturation;
  /**
   * Cost of one evaluation per element: cheap needs only comparisons, multiplications or a division;
   * moderate one exponential-like function (exp, erf or tanh); expensive two or more.
   */
  cost: Cost;
  /** Inputs where f′ is undefined (corners or jumps); finite-difference checks stay away from them. */
  kinks: readonly number[];
}

export interface FrameworkUsage {
  /** The string accepted as `activation=...`; null where the framework has none. */
  identifier: string | null;
  /** Functions, ops or layers, with their default arguments written out. */
  calls: readonly string[];
  /** Where the framework's defaults or behaviour differ from this catalog's. */
  note?: string;
}

/** A setting whose default is not the same in all three frameworks, with each framework's default in words. */
export interface DefaultDifference {
  /** What differs, e.g. 'Negative slope'. */
  setting: string;
  keras: string;
  pytorch: string;
  tfjs: string;
}

export interface FrameworkNames {
  keras: FrameworkUsage;
  pytorch: FrameworkUsage;
  tfjs: FrameworkUsage;
  /** Defaults that disagree between the frameworks; the guide's framework table marks and footnotes them. */
  differingDefaults?: readonly DefaultDifference[];
}

interface ActivationBase {
  id: string;
  name: string;
  description: string;
  /** KaTeX for f. */
  formula: string;
  /** KaTeX for f′ (for softmax, the Jacobian). */
  derivativeFormula: string;
  params: readonly ParamSpec[];
  frameworks: FrameworkNames;
  /** False for functions that only make sense on an output layer (softmax). */
  hiddenUsable: boolean;
  properties(params?: ParamValues): ActivationProperties;
  /** Differentiable tfjs implementation; call it inside tf.tidy. */
  apply(x: tf.Tensor, params?: ParamValues): tf.Tensor;
  /** The tfjs activation string that computes exactly this function with these parameters, if one exists. */
  tfjsBuiltin(params?: ParamValues): TfjsActivationId | undefined;
  /** The array engine's kernel for these parameters, with any trainable weight held at its starting value. */
  arrayKernel?(params?: ParamValues): ArrayKernel | undefined;
  /** The array engine's kernel for a layer `units` wide whose parameters are weights it learns (PReLU, trainable Swish). */
  weightedKernel?(units: number, params?: ParamValues): WeightedKernel | undefined;
  /** A factory for a layer with trainable weights, for entries whose parameters are learned (PReLU, trainable Swish). */
  trainableLayer?(params?: ParamValues): (() => tf.layers.Layer) | undefined;
}

/** An elementwise function of one number. */
export interface ScalarActivation extends ActivationBase {
  kind: 'scalar';
  value(x: number, params?: ParamValues): number;
  /** Analytic f′; at a kink it returns the value tfjs's gradient uses there. */
  derivative(x: number, params?: ParamValues): number;
}

/** A one-variable view of a vector function, for plotting beside the scalar ones. */
export interface ScalarSlice {
  description: string;
  value(x: number): number;
  derivative(x: number): number;
}

/** A function of a whole vector (softmax over the last axis). */
export interface VectorActivation extends ActivationBase {
  kind: 'vector';
  vectorValue(z: readonly number[]): number[];
  /** J[i][j] = ∂f_i/∂z_j. */
  jacobian(z: readonly number[]): number[][];
  slice: ScalarSlice;
}

export type ActivationEntry = ScalarActivation | VectorActivation;
