/**
 * Whether a plan trains off the page: some arm's tfjs step is too big for one main-thread task on the
 * backend (train/page-step.ts). Only tfjs steps are weighed: on wasm, the page's backend, the engine
 * crossover gives lab's array engine only steps of at most 2^17 multiply-adds per layer, far below
 * the threshold (with cpu, the fallback, it takes any size; its steps are its kernels' business).
 */
import { arrayEngineIsFaster } from '../../train/engine-crossover.ts';
import { batchRows } from '../../train/choose-engine.ts';
import { forwardMacsPerStep, stepTooBigForPage } from '../../train/page-step.ts';
import { shapeFromConfig } from '../../train/array-engine/spec-network.ts';
import type { EngineChoice } from '../../types.ts';
import type { ArmSpec, RunPlan } from '../plan.ts';

/** The Dense layers an arm's network has, from its config (a learned mix has the same Dense layers). */
function denseLayers(arm: ArmSpec): { inputs: number; units: number }[] {
  const { inputSize, hidden, outputSize } = arm.model.config;
  const widths = [...hidden, outputSize];
  return widths.map((units, index) => ({ inputs: index === 0 ? inputSize : widths[index - 1]!, units }));
}

/** True when the arm trains on TensorFlow.js under this engine choice on `backend` (as run-one-arm and createEngine choose). */
export function armTrainsOnTfjs(arm: ArmSpec, engine: EngineChoice, backend: string): boolean {
  if (engine === 'tfjs' || arm.model.kind !== 'dense') return true;
  if (engine === 'lab') return false;
  let shape;
  try {
    shape = shapeFromConfig({ ...arm.model.config, seed: 0 });
  } catch {
    return false;
  }
  return !shape || !arrayEngineIsFaster(shape.layers, batchRows(arm.dataset, arm.train.batchSize), backend);
}

/** The forward multiply-adds of the plan's biggest tfjs step on `backend` (0 when every arm trains on the array engine). */
export function largestTfjsStepMacs(plan: Pick<RunPlan, 'arms' | 'engine'>, backend: string): number {
  return plan.arms
    .filter((arm) => armTrainsOnTfjs(arm, plan.engine ?? 'auto', backend))
    .reduce((largest, arm) => Math.max(largest, forwardMacsPerStep(denseLayers(arm), batchRows(arm.dataset, arm.train.batchSize))), 0);
}

/** True when some step of the plan would block the page on `backend`: the plan trains in a worker. */
export function planNeedsWorker(plan: Pick<RunPlan, 'arms' | 'engine'>, backend: string): boolean {
  return stepTooBigForPage(largestTfjsStepMacs(plan, backend), backend);
}
