/**
 * When one training step is too big for the page: the slice clock (slice-clock.ts) pauses an epoch
 * between steps, never inside one, so a step that costs more than a frame's budget blocks the page
 * whatever the slices. The cost of a tfjs step grows with its forward multiply-adds (batch rows × Σ
 * inputs·units over the Dense layers; backward and the update are a fixed multiple of it).
 *
 * Measured (main thread CPU per task, Chrome trace, built site, 2 shared CPUs):
 *   - wasm: chapter 9's MNIST network 4 × 64 with batches of 1,024 (26.1 M forward multiply-adds a
 *     step) took 55–74 ms of CPU per step, i.e. up to 2.8 ms per million; chapter 8's swish-vs-relu
 *     at 12.8 M took 30 ms (2.3 ms per million).
 *   - cpu: the same network in Node (process CPU time, median of 15 steps) took 2.2–2.5 × wasm's time
 *     (71.8 vs 32.9 ms at 6.5 M, 288.6 vs 113.6 ms at 26.1 M); see COST_MS_PER_MILLION_MACS.
 * A step may take PAGE_STEP_BUDGET_MS of CPU, half the 50 ms a task may take, for the paint and
 * the input the same task or the next one must leave room for.
 */
import type { MlpLayerShape } from './array-engine/network.ts';

export const PAGE_STEP_BUDGET_MS = 25;

/** CPU ms per million forward multiply-adds of a tfjs training step, worst measured; other backends count as cpu. */
export const COST_MS_PER_MILLION_MACS: Readonly<Record<string, number>> = { wasm: 2.8, cpu: 7 };

type LayerShape = Pick<MlpLayerShape, 'inputs' | 'units'>;

/** Multiply-adds of one training step's forward pass over every Dense layer. */
export function forwardMacsPerStep(layers: readonly LayerShape[], batchRows: number): number {
  return layers.reduce((sum, { inputs, units }) => sum + inputs * units, 0) * batchRows;
}

/** The most forward multiply-adds a tfjs step may have on `backend` and still train on the page. */
export function pageStepMaxMacs(backend: string): number {
  const cost = COST_MS_PER_MILLION_MACS[backend] ?? COST_MS_PER_MILLION_MACS.cpu!;
  return Math.floor((PAGE_STEP_BUDGET_MS / cost) * 1e6);
}

/** True when a tfjs step of this many forward multiply-adds would block the page on `backend`. */
export function stepTooBigForPage(forwardMacs: number, backend: string): boolean {
  return forwardMacs > pageStepMaxMacs(backend);
}
