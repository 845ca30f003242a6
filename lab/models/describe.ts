/** Plain-data views of a model for UIs: layer sizes, activation ids, parameter counts. */
import type { tf } from '../tfjs.ts';
import type { ActivationChoice, InitializerId, ModelConfig, OutputKind } from '../types.ts';
import { resolveModelConfig } from './config.ts';

export interface LayerDescription {
  units: number;
  /** Catalog activation of a hidden layer, or the output kind for the last layer. */
  activation: ActivationChoice | { id: OutputKind };
  /** Weights and biases of this dense layer. */
  parameters: number;
}

export interface ModelDescription {
  inputSize: number;
  layers: LayerDescription[];
  output: OutputKind;
  initializer: InitializerId;
  useBias: boolean;
  inputScale: number;
  /** Weights and biases of all dense layers; trainable activation parameters are not included. */
  parameters: number;
}

export function describeModel(config: ModelConfig): ModelDescription {
  const resolved = resolveModelConfig(config);
  const sizes = [...resolved.hidden, resolved.outputSize];
  let fanIn = resolved.inputSize;
  const layers = sizes.map((units, index): LayerDescription => {
    const parameters = fanIn * units + (resolved.useBias ? units : 0);
    fanIn = units;
    const activation = index < resolved.hidden.length ? resolved.activations[index]! : { id: resolved.output };
    return { units, activation, parameters };
  });
  return {
    inputSize: resolved.inputSize,
    layers,
    output: resolved.output,
    initializer: resolved.initializer,
    useBias: resolved.useBias,
    inputScale: resolved.inputScale,
    parameters: layers.reduce((sum, layer) => sum + layer.parameters, 0),
  };
}

/** Every trainable and non-trainable parameter of a built model, activation parameters included. */
export function countParameters(model: tf.LayersModel): number {
  return model.countParams();
}
