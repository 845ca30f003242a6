import { tf } from '../../tfjs.ts';
import { getActivation } from '../catalog.ts';
import { requireValidParams } from '../validate-params.ts';
import { type LayerArgs, registeredLayerClass, singleTensor } from './layer-args.ts';

export interface CatalogActivationArgs extends LayerArgs {
  activationId: string;
  params?: Record<string, number>;
}

const CLASS_NAME = 'ActivationLabCatalogActivation';

function defineCatalogActivation() {
  return class CatalogActivation extends tf.layers.Layer {
    static readonly className = CLASS_NAME;
    readonly activationId: string;
    readonly params: Record<string, number>;

    constructor(args: CatalogActivationArgs) {
      super(args);
      this.params = requireValidParams({ id: args.activationId, params: args.params });
      this.activationId = args.activationId;
    }

    override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
      return tf.tidy(() => getActivation(this.activationId).apply(singleTensor(inputs), this.params));
    }

    override getConfig(): tf.serialization.ConfigDict {
      return { ...super.getConfig(), activationId: this.activationId, params: { ...this.params } };
    }
  };
}

/**
 * Applies a catalog entry's tfjs implementation with fixed parameters, for functions tfjs has no
 * string for. Throws for an unknown id or invalid parameters.
 */
export type CatalogActivation = InstanceType<ReturnType<typeof defineCatalogActivation>>;

/** The CatalogActivation layer class (tfjs must be loaded: lab/tfjs.ts). */
export function catalogActivationClass(): ReturnType<typeof defineCatalogActivation> {
  return registeredLayerClass(CLASS_NAME, defineCatalogActivation);
}

