/**
 * Where lab's array engine stops being the faster one: the size rule behind engine 'auto'.
 *
 * The array engine's cost grows with the multiply-adds of a training step and nothing else; tfjs
 * pays a fixed dispatch cost per layer and step (forward, backward, optimizer update) and then
 * multiplies faster (wasm's kernels). So the array engine wins while each layer's share of a step
 * is small, and tfjs wasm wins beyond. Measured by the bench's scale section (`npm run bench --
 * --only=scale`, bench/README.md item 15; 2 shared CPUs, samples per CPU second, lab ÷ wasm):
 *   - array engine faster: 8 units wide (30k–44k multiply-adds per layer and step on the whole batch
 *     of 1,024: 1.4–2.0×; batches of 32: 16–92×), 32 wide with batches of 32 (12k–20k: 2.3–4.0×);
 *   - about even, trading places from run to run (lab ÷ wasm 0.61–1.06): 64 × 2 with batches of 64
 *     (91k), 32 × 10 with 128 (108k) and 32 × 3 with 256 (137k); chapter 5's vanishing-gradients
 *     demo (119k) took the same main-thread CPU on both engines in the page;
 *   - tfjs wasm faster: 128 wide with batches of 32 (179k: 1.45–1.8× in earlier single runs), 32
 *     wide on the whole batch and everything 128 and 512 wide (383k and up: 1.35–3.3×).
 * Around the threshold, the median of five runs per cell (lab ÷ wasm in Node and in the page, at load
 * 10–12; a single run's ratio moves by up to ±0.4 there): 32 × 10 with batches of 96 (81k) 1.17 and
 * 1.28, 64 × 2 with 64 (91k) 1.38 and 1.27, 32 × 10 with 128 (108k) 1.08 and 1.09 (the lone 0.76 the
 * bench once read was one run), 32 × 10 with 144 (122k) 0.88 and 0.90, 32 × 3 with 256 (137k) 0.96
 * and 1.04, 32 × 10 with 192 (163k) 0.79 and 0.92, 128 × 2 with 32 (179k) 0.88 and 0.90. So the
 * engines cross between 108k and 122k and stay within the tie band (0.8–1.25) up to about 180k.
 * The threshold sits inside that even stretch: up to 2^17 = 131,072 forward multiply-adds per layer
 * and step the array engine trains, beyond that tfjs; no cell's median disagrees with it by more
 * than the tie band, and a lower one would move chapter 5's vanishing-gradients demo (119,530, on
 * the array engine) onto tfjs for no measured gain. tfjs's cpu backend is slower than the array
 * engine at almost every measured size (level with it at 512 × 4 on the whole batch), so with cpu
 * (Node's default, the page's fallback, the experiment bench's workers) the array engine always
 * trains; GPU backends were not measured (no GPU on the bench machine) and keep the array engine.
 */
import type { MlpLayerShape } from './array-engine/network.ts';

export const ARRAY_ENGINE_MAX_MACS_PER_LAYER_STEP = 131_072;

/** Backends whose kernels outrun the array engine on big layers (measured: wasm). */
const BACKENDS_FASTER_AT_SCALE: readonly string[] = ['wasm'];

/** Multiply-adds of one training step's forward pass, averaged over the Dense layers. */
export function macsPerLayerStep(layers: readonly Pick<MlpLayerShape, 'inputs' | 'units'>[], batchRows: number): number {
  if (layers.length === 0) return 0;
  const perSample = layers.reduce((sum, { inputs, units }) => sum + inputs * units, 0);
  return (perSample * batchRows) / layers.length;
}

/** True when the array engine is measured faster than tfjs on `backend` for this network and batch. */
export function arrayEngineIsFaster(layers: readonly Pick<MlpLayerShape, 'inputs' | 'units'>[], batchRows: number, backend: string): boolean {
  if (!BACKENDS_FASTER_AT_SCALE.includes(backend)) return true;
  return macsPerLayerStep(layers, batchRows) <= ARRAY_ENGINE_MAX_MACS_PER_LAYER_STEP;
}
