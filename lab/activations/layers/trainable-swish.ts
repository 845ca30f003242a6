import { tf } from '../../tfjs.ts';
import { type LayerArgs, registeredLayerClass, singleTensor } from './layer-args.ts';

const DEFAULT_BETA = 1;

export interface TrainableSwishArgs extends LayerArgs {
  /** Starting value of β. */
  beta?: number;
  /** One β per unit (along the last axis) instead of one for the whole layer. */
  perUnit?: boolean;
}

const CLASS_NAME = 'ActivationLabTrainableSwish';

function defineTrainableSwish() {
  return class TrainableSwish extends tf.layers.Layer {
    static readonly className = CLASS_NAME;
    readonly initialBeta: number;
    readonly perUnit: boolean;
    private betaWeight: tf.LayerVariable | null = null;

    constructor(args: TrainableSwishArgs = {}) {
      super(args);
      this.initialBeta = args.beta ?? DEFAULT_BETA;
      this.perUnit = args.perUnit ?? false;
      if (!Number.isFinite(this.initialBeta)) throw new Error(`TrainableSwish: beta must be a finite number, got ${args.beta}.`);
    }

    override build(inputShape: tf.Shape | tf.Shape[]): void {
      const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
      const units = shape[shape.length - 1];
      if (this.perUnit && (units == null || units < 1)) {
        throw new Error('TrainableSwish with perUnit needs a known size for the last input axis.');
      }
      this.betaWeight = this.addWeight(
        'beta',
        this.perUnit ? [units as number] : [1],
        'float32',
        tf.initializers.constant({ value: this.initialBeta }),
        undefined,
        true,
      );
      this.built = true;
    }

    override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
      return tf.tidy(() => {
        if (this.betaWeight == null) throw new Error('TrainableSwish was called before it was built.');
        const x = singleTensor(inputs);
        return tf.mul(x, tf.sigmoid(tf.mul(this.betaWeight.read(), x)));
      });
    }

    /** Current β values (one, or one per unit). */
    betaValues(): number[] {
      if (this.betaWeight == null) return [];
      return Array.from(this.betaWeight.read().dataSync());
    }

    override getConfig(): tf.serialization.ConfigDict {
      return { ...super.getConfig(), beta: this.initialBeta, perUnit: this.perUnit };
    }
  };
}

/** Swish f(x) = x·σ(βx) with β a trainable weight of the layer. */
export type TrainableSwish = InstanceType<ReturnType<typeof defineTrainableSwish>>;

/** The TrainableSwish layer class (tfjs must be loaded: lab/tfjs.ts). */
export function trainableSwishClass(): ReturnType<typeof defineTrainableSwish> {
  return registeredLayerClass(CLASS_NAME, defineTrainableSwish);
}

