/**
 * An arm's network as one of lab's own (no tfjs model), seeded for one run: a dense network from
 * its config (spec-network.ts) or chapter 7's learned mix (learned-network.ts). Undefined when the
 * array engine cannot train it; then the arm builds a tfjs model (build-arm-model.ts).
 */
import { networkFromConfig, type SpecNetwork } from '../train/array-engine/spec-network.ts';
import { learnedNetworkFromConfig } from '../learned/learned-network.ts';
import type { ModelSpec } from './plan.ts';

export function armNetwork(spec: ModelSpec, seed: number): SpecNetwork | undefined {
  switch (spec.kind) {
    case 'dense': return networkFromConfig({ ...spec.config, seed });
    case 'learned-mix': return learnedNetworkFromConfig({ ...spec.config, seed });
  }
}
