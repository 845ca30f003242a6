import { tf } from '../../tfjs.ts';
import { getActivation } from '../catalog.ts';
import { requireValidParams } from '../validate-params.ts';
import { type LayerArgs, SERIALIZATION_PACKAGE, singleTensor } from './layer-args.ts';

export interface CatalogActivationArgs extends LayerArgs {
  activationId: string;
  params?: Record<string, number>;
}

/**
 * Applies a catalog entry's tfjs implementation with fixed parameters, for functions tfjs has no
 * string for. Throws for an unknown id or invalid parameters.
 */
export class CatalogActivation extends tf.layers.Layer {
  static readonly className = 'ActivationLabCatalogActivation';
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
}

tf.serialization.registerClass(CatalogActivation, SERIALIZATION_PACKAGE);
