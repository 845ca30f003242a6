/**
 * Where lab's array engine stops being the faster one: the size rule behind engine 'auto'.
 *
 * The array engine's cost grows with the multiply-adds of a training step and nothing else; tfjs
 * pays a fixed dispatch cost per layer and step (forward, backward, optimizer update) and then
 * multiplies faster (wasm's kernels). So the array engine wins while each layer's share of a step
 * is small, and tfjs wasm wins beyond. Measured by the bench's scale section (`npm run bench --
 * --only=scale`, bench/README.md, 2 CPUs, Node 22, load 0.4–2.5, main-thread CPU time):
 *   - array engine faster: 30k multiply-adds per layer and step (8 wide, whole batch of 1,024:
 *     2.0×), 44k (8 wide × 4 deep, whole batch: 1.2×), 12k–20k (32 wide, batches of 32: 2.4–3.3×);
 *   - a tie at 120k (10 layers 32 wide, batches of 128: chapter 5's vanishing-gradients shape);
 *   - tfjs wasm faster: 137k (32 wide × 3 deep, 256 rows: 1.3×), 179k (128 wide, batches of 32:
 *     1.7×), 383k and up (32 wide whole batch, 128 and 512 wide: 1.7–2.8×).
 * The threshold sits at the tie: up to 2^17 = 131,072 multiply-adds per layer and step the array
 * engine trains. tfjs's cpu backend is slower than the array engine at every measured size (≥ 1.1×
 * even at 512 × 4), so with cpu (Node's default, and the page's fallback) the array engine always
 * trains; GPU backends were not measured here (no GPU on the bench machine) and keep the array engine.
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
