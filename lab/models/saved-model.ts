/**
 * A model's saved form as plain data (what tfjs's model.save hands an IO handler, the weights joined
 * into one buffer): the Keras-style topology of model.json, the weight specs and the weight bytes.
 * Plain data crosses to a worker and back, and a page can turn it into files.
 */
import { tf } from '../tfjs.ts';

export interface SavedModel {
  modelTopology: Record<string, unknown>;
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightData: ArrayBuffer;
  format?: string;
  generatedBy?: string;
}

export async function saveModel(model: tf.LayersModel): Promise<SavedModel> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
  }));
  if (!saved?.modelTopology || saved.modelTopology instanceof ArrayBuffer || !saved.weightSpecs || !saved.weightData) {
    throw new Error('Saving the model gave no JSON topology or no weights.');
  }
  return {
    modelTopology: saved.modelTopology as Record<string, unknown>,
    weightSpecs: saved.weightSpecs,
    weightData: tf.io.CompositeArrayBuffer.join(saved.weightData),
    ...(saved.format ? { format: saved.format } : {}),
    ...(saved.generatedBy ? { generatedBy: saved.generatedBy } : {}),
  };
}

