/**
 * One arm trained with one seed: build its network, start its probes, train, let the probes read the
 * result, and dispose everything before returning the run's record. A dense network (trained Swish β
 * and PReLU included) or a learned mix whose probes lab can read without tfjs trains on lab's array
 * engine from its config (arm-network.ts) unless the plan asks for tfjs, and TensorFlow.js is not
 * loaded for it; any other arm loads tfjs and trains a tfjs model (on the array engine too when it
 * fits, choose-engine.ts).
 */
import { loadTfjs, tfjsBackendName } from '../tfjs.ts';
import type { TrainOptions, TrainProgress, TrainResult } from '../types.ts';
import { train, trainNetwork } from '../train/loop.ts';
import { yieldToEventLoop } from '../train/yield.ts';
import type { SpecNetwork } from '../train/array-engine/spec-network.ts';
import { armNetwork } from './arm-network.ts';
import { batchRows, labEngineChosen } from '../train/choose-engine.ts';
import { buildArmModel } from './build-arm-model.ts';
import type { ArmRun, ArmSpec, ProbeEvent, RunKey, RunPlan } from './plan.ts';
import { startProbe } from './probes/start-probes.ts';
import { networkCanAnswer, networkCanRead, startNetworkProbe } from './probes/network-probes.ts';
import type { ProbeId, ProbeRequest, ProbeSession } from './probes/probe-types.ts';

export interface ArmHooks {
  onProgress(progress: TrainProgress): void;
  onProbe(event: ProbeEvent): void;
}

function toRecord(key: RunKey, result: TrainResult, probes: ArmRun['probes']): ArmRun {
  return {
    ...key,
    status: result.status,
    ...(result.engine ? { engine: result.engine } : {}),
    backend: tfjsBackendName(),
    epochs: result.epoch,
    metrics: result.final,
    history: result.history,
    timings: { elapsedMs: result.elapsedMs, samplesPerSecond: result.samplesPerSecond },
    probes,
    ...(result.message ? { message: result.message } : {}),
  };
}

export function errorRecord(key: RunKey, error: unknown, elapsedMs: number): ArmRun {
  return {
    ...key,
    status: 'error',
    backend: tfjsBackendName(),
    epochs: 0,
    metrics: { epoch: 0, loss: NaN },
    history: [],
    timings: { elapsedMs, samplesPerSecond: 0 },
    probes: {},
    message: error instanceof Error ? error.message : String(error),
  };
}

async function readEnds(sessions: readonly [ProbeId, ProbeSession][], result: TrainResult): Promise<ArmRun['probes']> {
  const probes: Record<string, unknown> = {};
  for (const [id, session] of sessions) {
    const data = await session.end?.(result);
    if (data !== undefined) probes[id] = data;
  }
  return probes as ArmRun['probes'];
}

/** True when the engine choice lets the arm train as a network of lab's own and lab can read its probes from one. */
function labMayTrain(arm: ArmSpec, plan: Pick<RunPlan, 'engine'>): boolean {
  return plan.engine !== 'tfjs' && networkCanAnswer(arm.probes ?? []);
}

/** The arm's network as one of lab's own, seeded, when it needs no tfjs. */
export function labNetworkFor(arm: ArmSpec, seed: number, plan: Pick<RunPlan, 'engine'>): SpecNetwork | undefined {
  const network = labMayTrain(arm, plan) ? armNetwork(arm.model, seed) : undefined;
  return network && networkCanRead(network, arm.probes ?? []) && labEngineChosen(plan.engine ?? 'auto', network.shape, batchRows(arm.dataset, arm.train.batchSize)) ? network : undefined;
}

/** True when a plan's runs load TensorFlow.js: some arm does not train as a network of lab's own (or its config is refused: the run says why). */
export function planNeedsTfjs(plan: Pick<RunPlan, 'arms' | 'engine'>): boolean {
  return plan.arms.some((arm) => {
    try {
      return labNetworkFor(arm, 0, plan) === undefined;
    } catch {
      return true;
    }
  });
}

type Trainer = (options: TrainOptions) => Promise<TrainResult>;

/** Starts the probes, trains with them listening, and reads their ends into the record; the probes are disposed however it ends. */
async function trainWithProbes(arm: ArmSpec, key: RunKey, plan: RunPlan, hooks: ArmHooks, start: (request: ProbeRequest, emit: ProbeEmit) => ProbeSession, trainer: Trainer): Promise<ArmRun> {
  const sessions: [ProbeId, ProbeSession][] = [];
  try {
    for (const request of arm.probes ?? []) {
      const emit: ProbeEmit = (epoch, data, progress) =>
        hooks.onProbe({ run: key, probe: request.id, epoch, data, ...(progress ? { progress } : {}) } as ProbeEvent);
      sessions.push([request.id, start(request, emit)]);
    }
    if (sessions.some(([, session]) => session.start)) {
      await yieldToEventLoop();
      sessions.forEach(([, session]) => session.start?.());
    }
    const result = await trainer({
      ...arm.train,
      seed: key.seed,
      ...(plan.engine ? { engine: plan.engine } : {}),
      ...(plan.sliceBudgetMs !== undefined ? { sliceBudgetMs: plan.sliceBudgetMs } : {}),
      ...(plan.signal ? { signal: plan.signal } : {}),
      onProgress: (progress) => {
        sessions.forEach(([, session]) => session.progress?.(progress));
        hooks.onProgress(progress);
      },
    });
    return toRecord(key, result, await readEnds(sessions, result));
  } finally {
    sessions.forEach(([, session]) => session.dispose?.());
  }
}

type ProbeEmit = (epoch: number, data: unknown, progress?: TrainProgress) => void;

export async function runOneArm(arm: ArmSpec, key: RunKey, plan: RunPlan, hooks: ArmHooks): Promise<ArmRun> {
  // The previous run's ending and this run's building each get a task of their own.
  await yieldToEventLoop();
  const network = labNetworkFor(arm, key.seed, plan);
  if (network) {
    return trainWithProbes(arm, key, plan, hooks, (request, emit) => startNetworkProbe(request, network, { emit, firstSeed: key.seedIndex === 0 }),
      (options) => trainNetwork(network, arm.dataset, options));
  }
  const tfjs = await loadTfjs();
  // The backend the page or worker started is kept; a worker that started none gets tfjs's best registered one.
  await tfjs.ready();
  const model = buildArmModel(arm.model, key.seed);
  try {
    return await trainWithProbes(arm, key, plan, hooks,
      (request, emit) => startProbe(request, { model, dataset: arm.dataset, firstSeed: key.seedIndex === 0, emit }),
      (options) => train(model, arm.dataset, options));
  } finally {
    model.dispose();
  }
}
