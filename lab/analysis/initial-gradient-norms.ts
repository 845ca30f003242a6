/**
 * ‖∂L/∂W‖ per hidden layer at initialisation, in the vanishing-gradients widget's set-up
 * (VANISHING_PRESET's seed, depth, width and batch) with a chosen activation and initialiser.
 */
import { buildModel } from '../models/index.ts';
import type { InitializerId } from '../types.ts';
import { deepBatch } from './deep-batch.ts';
import { layerGradientNorms } from './gradient-norms.ts';
import { deepNetworkConfig } from './gradient-tracking.ts';
import { VANISHING_PRESET } from './presets.ts';

export async function initialGradientNorms(activation: string, initializer: InitializerId): Promise<number[]> {
  const { seed, depth, width, inputSize, batchSize } = VANISHING_PRESET;
  const data = deepBatch({ seed, size: batchSize, inputSize });
  const model = buildModel(deepNetworkConfig({ activation: { id: activation }, initializer, seed, depth, width, inputSize }));
  try {
    return await layerGradientNorms(model, data.train);
  } finally {
    model.dispose();
  }
}
