/** Builds an arm's network from its plain spec, seeded for one run. */
import type { tf } from '../tfjs.ts';
import { buildModel } from '../models/build.ts';
import { buildLearnedModel } from '../learned/learned-model.ts';
import type { ModelSpec } from './plan.ts';

export function buildArmModel(spec: ModelSpec, seed: number): tf.Sequential {
  switch (spec.kind) {
    case 'dense': return buildModel({ ...spec.config, seed });
    case 'learned-mix': return buildLearnedModel({ ...spec.config, seed });
  }
}
