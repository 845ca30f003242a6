/** One call for widgets and cells: build the model, train it, hand both back (the caller disposes the model). */
import type { tf } from '../tfjs.ts';
import type { Dataset, ModelConfig, TrainOptions, TrainResult } from '../types.ts';
import { buildModel } from '../models/build.ts';
import { train } from './loop.ts';

export interface TrainedModel {
  result: TrainResult;
  model: tf.Sequential;
}

export async function trainOnDataset(modelConfig: ModelConfig, dataset: Dataset, trainOptions: TrainOptions): Promise<TrainedModel> {
  const model = buildModel(modelConfig);
  try {
    return { result: await train(model, dataset, trainOptions), model };
  } catch (error) {
    model.dispose();
    throw error;
  }
}
