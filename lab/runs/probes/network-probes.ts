/**
 * The probes a run on a network of lab's own can answer without TensorFlow.js (no tfjs model exists):
 * the decision grid, the dense weights and a linear unit's line, read from the network's parameters
 * as the tfjs probes read them from the model. A run asking for any other probe builds a tfjs model.
 */
import type { Line } from '../../bias/least-squares.ts';
import type { SpecNetwork } from '../../train/array-engine/spec-network.ts';
import { predictNetworkGrid } from '../../train/grid.ts';
import { gridProbe } from './live-probes.ts';
import type { LayerWeights, ProbeContext, ProbeRequest, ProbeSession } from './probe-types.ts';

const NETWORK_PROBES = new Set<ProbeRequest['id']>(['decision-grid', 'weights', 'line']);

/** True when every request can be read from a network of lab's own. */
export function networkCanAnswer(requests: readonly ProbeRequest[]): boolean {
  return requests.every((request) => NETWORK_PROBES.has(request.id));
}

/** Every dense layer's kernel ([inputs × units], row-major) and bias, as readDenseWeights reads a model's. */
export function readNetworkWeights({ shape, network }: SpecNetwork): LayerWeights[] {
  const { params } = network;
  return network.offsets().map(({ kernel, bias }, index) => {
    const { inputs, units } = shape.layers[index]!;
    return {
      kernel: Array.from(params.subarray(kernel, kernel + inputs * units)),
      bias: bias >= 0 ? Array.from(params.subarray(bias, bias + units)) : [],
      inputs,
      units,
    };
  });
}

/** A one-weight network's slope and intercept, as readLine reads a model's. */
export function readNetworkLine(spec: SpecNetwork): Line {
  const layers = readNetworkWeights(spec);
  const [only] = layers;
  if (layers.length !== 1 || only?.kernel.length !== 1) throw new Error('readLine needs a model with a single weight (one input, one unit).');
  return { w: only.kernel[0]!, b: only.bias[0] ?? 0 };
}

const finished = (status: string): boolean => status === 'done' || status === 'target-reached';

export function startNetworkProbe(request: ProbeRequest, spec: SpecNetwork, { emit }: Pick<ProbeContext, 'emit'>): ProbeSession {
  switch (request.id) {
    case 'decision-grid':
      return gridProbe(request, async () => predictNetworkGrid(spec, request.bounds, request.resolution), emit);
    case 'weights':
      return {
        start: () => emit(0, readNetworkWeights(spec)),
        ...(request.live ? { progress: (progress) => emit(progress.epoch, readNetworkWeights(spec), progress) } : {}),
        end: () => readNetworkWeights(spec),
      };
    case 'line':
      return { end: (result) => (finished(result.status) ? readNetworkLine(spec) : undefined) };
    default:
      throw new Error(`Probe ${request.id} needs a TensorFlow.js model.`);
  }
}
