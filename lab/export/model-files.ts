/**
 * A trained model's saved form as the two files tfjs's own downloads give (model.json and its
 * weights file), ready for tf.loadLayersModel. lab's own activation layers are renamed to the layer
 * classes the generated TensorFlow.js program defines and registers, so a reader who runs that
 * program (or pastes its classes) can load the page's model without lab.
 */
import type { SavedModel } from '../models/saved-model.ts';
import { exportFileNames } from './file-names.ts';
import type { ResolvedRecipe } from './recipe.ts';
import { TFJS_LAYER_CLASSES } from './tfjs-activation.ts';

export interface ModelFiles {
  modelJson: string;
  weights: ArrayBuffer;
  modelJsonName: string;
  weightsName: string;
}

interface LayerEntry {
  class_name: string;
  config: Record<string, unknown>;
}

/** lab's layer class → the program's class and the config keys it keeps. */
const RENAMED: Readonly<Record<string, { className: string; keep: readonly string[] }>> = {
  ActivationLabCatalogActivation: { className: TFJS_LAYER_CLASSES.elementwise, keep: ['name', 'trainable', 'dtype'] },
  ActivationLabTrainableSwish: { className: TFJS_LAYER_CLASSES.trainableSwish, keep: ['name', 'trainable', 'dtype', 'beta', 'per_unit'] },
};

const pick = (config: Record<string, unknown>, keep: readonly string[]) => Object.fromEntries(Object.entries(config).filter(([key]) => keep.includes(key)));

function renameLayer(layer: LayerEntry): LayerEntry {
  const { config } = layer;
  // The program writes leaky ReLU as tfjs's own layer; lab applies it through its catalog.
  if (layer.class_name === 'ActivationLabCatalogActivation' && config.activation_id === 'leaky-relu') {
    const alpha = (config.params as Record<string, number> | undefined)?.alpha;
    return { class_name: 'LeakyReLU', config: { ...pick(config, ['name', 'trainable', 'dtype']), alpha } };
  }
  const renamed = RENAMED[layer.class_name];
  if (!renamed) return layer;
  return { class_name: renamed.className, config: pick(config, renamed.keep) };
}

/** The topology with lab's layer classes replaced by the program's (a Sequential's layers sit in config.layers). */
export function portableTopology(topology: Record<string, unknown>): Record<string, unknown> {
  const config = topology.config as { layers?: LayerEntry[] } | undefined;
  if (!config || !Array.isArray(config.layers)) throw new Error('Model export: expected a Sequential topology with a list of layers.');
  return { ...topology, config: { ...config, layers: config.layers.map(renameLayer) } };
}

/** The class names a topology's layers use, for checking that a reader's program defines them. */
export function topologyClassNames(topology: Record<string, unknown>): string[] {
  const layers = (topology.config as { layers?: LayerEntry[] } | undefined)?.layers ?? [];
  return layers.map((layer) => layer.class_name);
}

export function modelFiles(saved: SavedModel, resolved: ResolvedRecipe): ModelFiles {
  const names = exportFileNames(resolved);
  const modelJson = {
    format: saved.format ?? 'layers-model',
    generatedBy: saved.generatedBy ?? 'TensorFlow.js',
    convertedBy: null,
    modelTopology: portableTopology(saved.modelTopology),
    weightsManifest: [{ paths: [`./${names.modelWeights}`], weights: saved.weightSpecs }],
  };
  return { modelJson: `${JSON.stringify(modelJson)}\n`, weights: saved.weightData, modelJsonName: names.modelJson, weightsName: names.modelWeights };
}
