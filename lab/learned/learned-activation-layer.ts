/**
 * LearnedActivation: g(x) = Σ cᵢ fᵢ(x) over a set of base functions, with one set of coefficients for
 * the whole layer, trained with the weights. The layer owns the free parameters ("raw"); the mode
 * (coefficients.ts) maps them to c inside every forward pass.
 */
import { tf } from '../tfjs.ts';
import { type LayerArgs, registeredLayerClass, singleTensor } from '../activations/layers/layer-args.ts';
import { applyBase, checkBaseFunctions, type BaseFunctionId } from './base-functions.ts';
import { checkCombinationMode, coefficientsFromRaw, coefficientsTensor, initialRaw, type CombinationMode } from './coefficients.ts';
import type { ArrayKernelLayer, LayerKernel } from '../activations/layers/layer-kernel.ts';
import { learnedMixKernel } from './learned-kernel.ts';

export interface LearnedActivationArgs extends LayerArgs {
  bases: readonly BaseFunctionId[];
  mode: CombinationMode;
  /** Starting free parameters, one per base function; by default the equal mix c = 1/K. */
  initialRaw?: readonly number[];
}

const CLASS_NAME = 'ActivationLabLearnedActivation';

function defineLearnedActivation() {
  return class LearnedActivation extends tf.layers.Layer implements ArrayKernelLayer {
    static readonly className = CLASS_NAME;
    readonly bases: readonly BaseFunctionId[];
    readonly mode: CombinationMode;
    readonly startingRaw: readonly number[];
    private rawWeight: tf.LayerVariable | null = null;

    constructor(args: LearnedActivationArgs) {
      super(args);
      this.bases = Object.freeze(checkBaseFunctions(args.bases));
      this.mode = checkCombinationMode(args.mode);
      const start = args.initialRaw ?? initialRaw(this.mode, this.bases.length);
      if (start.length !== this.bases.length || !start.every(Number.isFinite)) {
        throw new Error(`Learned activation: initialRaw needs ${this.bases.length} finite numbers, one per base function, got ${JSON.stringify(start)}.`);
      }
      this.startingRaw = Object.freeze(start.slice());
    }

    override build(): void {
      const start = this.startingRaw;
      const weight = this.addWeight('coefficients_raw', [start.length], 'float32', tf.initializers.zeros(), undefined, true);
      tf.tidy(() => {
        weight.write(tf.tensor1d(start.slice()));
      });
      this.rawWeight = weight;
      this.built = true;
    }

    override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
      return tf.tidy(() => {
        if (this.rawWeight == null) throw new Error('LearnedActivation was called before it was built.');
        const x = singleTensor(inputs);
        const coefficients = tf.unstack(coefficientsTensor(this.mode, this.rawWeight.read() as tf.Tensor1D));
        // The identity base is x itself: no x·1 op in either pass, and the same numbers.
        return tf.addN(this.bases.map((id, index) => tf.mul(id === 'identity' ? x : applyBase(id, x), coefficients[index]!)));
      });
    }

    /** The current coefficients c, one per base function, in the order of `bases` (the starting ones before the layer is built). */
    coefficients(): number[] {
      if (this.rawWeight == null) return coefficientsFromRaw(this.mode, this.startingRaw);
      const raw = this.rawWeight.read() as tf.Tensor1D;
      return tf.tidy(() => Array.from(coefficientsTensor(this.mode, raw).dataSync()));
    }

    /** How lab's array engine trains this layer after a Dense layer `units` wide (learned-kernel.ts). */
    arrayKernelFor(units: number): LayerKernel | undefined {
      const weight = this.rawWeight;
      if (weight == null || !this.trainable || !weight.trainable) return undefined;
      return { kind: 'weighted', weight, create: () => learnedMixKernel(this.bases, this.mode, units) };
    }

    override getConfig(): tf.serialization.ConfigDict {
      return { ...super.getConfig(), bases: [...this.bases], mode: this.mode, initialRaw: [...this.startingRaw] };
    }
  };
}

export type LearnedActivation = InstanceType<ReturnType<typeof defineLearnedActivation>>;

/** The LearnedActivation layer class (tfjs must be loaded: lab/tfjs.ts). */
export function learnedActivationClass(): ReturnType<typeof defineLearnedActivation> {
  return registeredLayerClass(CLASS_NAME, defineLearnedActivation);
}

