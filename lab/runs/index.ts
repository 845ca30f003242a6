export { runArms, consecutiveSeeds, MAX_RUNS } from './run-arms.ts';
export { planNeedsTfjs } from './run-one-arm.ts';
export { buildArmModel } from './build-arm-model.ts';
export type {
  ArmRun, ArmRunStatus, ArmSpec, ModelSpec, ProbeEvent, Recipe, RunKey, RunListener, RunPlan, RunProgress, RunsOutcome,
} from './plan.ts';
export type { LayerWeights, ProbeData, ProbeId, ProbeRequest } from './probes/probe-types.ts';
export * from './worker/index.ts';
