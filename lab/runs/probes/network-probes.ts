/**
 * The probes a run on a network of lab's own can answer without TensorFlow.js (no tfjs model exists):
 * the decision grid, the dense weights, a linear unit's line, a trained Swish's β and a learned mix's
 * coefficients, read from the network's parameters as the tfjs probes read them from the model. A run
 * asking for any other probe builds a tfjs model.
 */
import type { Line } from '../../bias/least-squares.ts';
import type { ActivationReading, SpecNetwork } from '../../train/array-engine/spec-network.ts';
import { predictNetworkGrid } from '../../train/grid.ts';
import { gridProbe } from './live-probes.ts';
import type { LayerWeights, ProbeContext, ProbeRequest, ProbeSession } from './probe-types.ts';

const NETWORK_PROBES = new Set<ProbeRequest['id']>(['decision-grid', 'weights', 'line', 'betas', 'coefficients']);

/** True when every request can be read from a network of lab's own. */
export function networkCanAnswer(requests: readonly ProbeRequest[]): boolean {
  return requests.every((request) => NETWORK_PROBES.has(request.id));
}

/** True when the network has what every request reads (a coefficients probe needs a learned mix). */
export function networkCanRead(spec: SpecNetwork, requests: readonly ProbeRequest[]): boolean {
  return requests.every((request) => request.id !== 'coefficients' || spec.readings.some((reading) => reading?.probe === 'coefficients'));
}

/** The activation weights of every layer `probe` reads (a trained β, a learned mix's coefficients), first layer first. */
export function readActivationWeights({ network, readings }: SpecNetwork, probe: ActivationReading['probe']): number[][] {
  const offsets = network.offsets();
  return offsets.flatMap(({ activation }, index) => {
    const reading = readings[index];
    if (reading?.probe !== probe || activation < 0) return [];
    // A layer's activation weights run up to the next layer's kernel (or the end of the parameters).
    const end = offsets[index + 1]?.kernel ?? network.params.length;
    return [reading.read(network.params.subarray(activation, end))];
  });
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

export function startNetworkProbe(request: ProbeRequest, spec: SpecNetwork, { emit, firstSeed }: Pick<ProbeContext, 'emit' | 'firstSeed'>): ProbeSession {
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
    case 'betas':
      return { end: (result) => (finished(result.status) ? readActivationWeights(spec, 'betas') : undefined) };
    case 'coefficients': {
      const read = (): number[][] => readActivationWeights(spec, 'coefficients');
      return {
        ...(request.live === 'first-seed' && firstSeed ? { progress: (progress) => emit(progress.epoch, read(), progress) } : {}),
        end: (result) => (finished(result.status) ? read() : undefined),
      };
    }
    default:
      throw new Error(`Probe ${request.id} needs a TensorFlow.js model.`);
  }
}
