/**
 * The scale grid (issue 18, target 5): dense tanh networks of 4 widths × 2 depths, trained with
 * mini-batches of 32 and with the whole training set, on 1,024 spiral points; plus four cells near
 * the array engine's crossover (lab and tfjs wasm only; 91k–137k multiply-adds per layer and step,
 * two on each side of the rule's threshold), which the Node run measures several times. Shared by the Node measurement
 * (bench/node/scale.ts) and the in-page row (bench/page/scale-probe.ts).
 */
import { arrayEngineIsFaster, type ModelConfig, type TrainOptions } from '../lab/index.ts';

export const SCALE_WIDTHS: readonly number[] = [8, 32, 128, 512];
export const SCALE_DEPTHS: readonly number[] = [2, 4];
/** 'whole' = the whole training set in one batch. */
export const SCALE_BATCHES: readonly (number | 'whole')[] = [32, 'whole'];
export const SCALE_TRAIN_SIZE = 1024;
export const SCALE_ENGINES = ['lab', 'tfjs-wasm', 'tfjs-cpu'] as const;
export type ScaleEngine = (typeof SCALE_ENGINES)[number];

export interface ScaleCell {
  width: number;
  depth: number;
  batch: number | 'whole';
  /** Cells near the crossover run on lab and tfjs wasm only. */
  crossover?: true;
}

export const SCALE_CELLS: readonly ScaleCell[] = [
  ...SCALE_WIDTHS.flatMap((width) => SCALE_DEPTHS.flatMap((depth) => SCALE_BATCHES.map((batch) => ({ width, depth, batch })))),
  { width: 32, depth: 10, batch: 128, crossover: true },
  { width: 32, depth: 10, batch: 144, crossover: true },
  { width: 64, depth: 2, batch: 64, crossover: true },
  { width: 32, depth: 3, batch: 256, crossover: true },
];

/** The in-page rows: cells on both sides of the crossover, where the rule decides what a reader gets. */
export const PAGE_CELLS: readonly ScaleCell[] = [
  { width: 32, depth: 2, batch: 32 },
  { width: 32, depth: 10, batch: 128 },
  { width: 128, depth: 2, batch: 32 },
  { width: 32, depth: 2, batch: 'whole' },
];

export function cellLabel({ width, depth, batch }: ScaleCell): string {
  return `${width}×${depth}, batch ${batch}`;
}

export function scaleModel({ width, depth }: ScaleCell): ModelConfig {
  return { inputSize: 2, hidden: Array.from({ length: depth }, () => width), activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed: 1 };
}

export function scaleTraining({ batch }: ScaleCell, engine: ScaleEngine, epochs: number): TrainOptions {
  return {
    epochs,
    learningRate: 0.01,
    optimizer: 'adam',
    seed: 1,
    evaluateEvery: epochs,
    engine: engine === 'lab' ? 'lab' : 'tfjs',
    ...(batch === 'whole' ? {} : { batchSize: batch }),
  };
}

/** What engine 'auto' picks for this cell on wasm (lab/train/engine-crossover.ts). */
export function ruleOnWasm(cell: ScaleCell): 'lab' | 'tfjs-wasm' {
  const widths = [...scaleModel(cell).hidden, 1];
  const layers = widths.map((units, i) => ({ inputs: i === 0 ? 2 : widths[i - 1]!, units }));
  const rows = cell.batch === 'whole' ? SCALE_TRAIN_SIZE : cell.batch;
  return arrayEngineIsFaster(layers, rows, 'wasm') ? 'lab' : 'tfjs-wasm';
}

/** Epochs that fill `budgetMs` after one timed epoch (the probe itself counts when it already took half the budget). */
export function epochsForBudget(probeMs: number, budgetMs: number): number {
  return probeMs >= budgetMs / 2 ? 1 : Math.min(2000, Math.max(2, Math.round(budgetMs / Math.max(probeMs, 0.01))));
}
