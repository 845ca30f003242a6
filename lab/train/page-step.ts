/**
 * When one training step is too big for the page: the slice clock (slice-clock.ts) pauses an epoch
 * between steps, never inside one, so a step that costs more than a frame's budget blocks the page
 * whatever the slices. The cost of a tfjs step grows with its forward multiply-adds (batch rows × Σ
 * inputs·units over the Dense layers; backward and the update are a fixed multiple of it).
 *
 * Measured: CPU per main-thread task in a Chrome trace, built site, chapter 9's MNIST network (196
 * inputs, 4 × 64, 10 classes: 25,472 multiply-adds a row) forced onto the page, 2 shared CPUs:
 *   - wasm: batches of 1,024 (26.1 M a step) took 55–74 ms a step at load 2–5 (up to 2.8 ms per
 *     million) and 48–63 ms at load 16; batches of 512 (13.0 M) took 34–45 ms at load 15 (up to
 *     3.5 ms per million); chapter 8's swish-vs-relu at 12.8 M took 30 ms.
 *   - cpu: batches of 256 (6.5 M) took 46–65 ms a step, batches of 512 (13.0 M) 86–94 ms, at load
 *     15 (up to 8 ms per million); in Node the same steps took 2.2–2.5 × wasm's CPU time.
 * A step may take PAGE_STEP_BUDGET_MS of CPU at the worst measured cost, half the 50 ms a task may
 * take, leaving room for the paint and input the same task or the next must make.
 */
import type { MlpLayerShape } from './array-engine/network.ts';

export const PAGE_STEP_BUDGET_MS = 25;

/** CPU ms per million forward multiply-adds of a tfjs training step, worst measured; other backends count as cpu. */
export const COST_MS_PER_MILLION_MACS: Readonly<Record<string, number>> = { wasm: 3.5, cpu: 8 };

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
