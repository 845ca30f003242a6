/**
 * One arm trained with one seed: build its network, start its probes, train, let the probes read the
 * result, and dispose everything before returning the run's record.
 */
import { tf } from '../tfjs.ts';
import type { TrainProgress, TrainResult } from '../types.ts';
import { train } from '../train/loop.ts';
import { yieldToEventLoop } from '../train/yield.ts';
import { buildArmModel } from './build-arm-model.ts';
import type { ArmRun, ArmSpec, ProbeEvent, RunKey, RunPlan } from './plan.ts';
import { startProbe } from './probes/start-probes.ts';
import type { ProbeId, ProbeSession } from './probes/probe-types.ts';

export interface ArmHooks {
  onProgress(progress: TrainProgress): void;
  onProbe(event: ProbeEvent): void;
}

function toRecord(key: RunKey, result: TrainResult, probes: ArmRun['probes']): ArmRun {
  return {
    ...key,
    status: result.status,
    ...(result.engine ? { engine: result.engine } : {}),
    backend: tf.getBackend(),
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
    backend: tf.getBackend(),
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

export async function runOneArm(arm: ArmSpec, key: RunKey, plan: RunPlan, hooks: ArmHooks): Promise<ArmRun> {
  // The previous run's ending and this run's building each get a task of their own.
  await yieldToEventLoop();
  const model = buildArmModel(arm.model, key.seed);
  const sessions: [ProbeId, ProbeSession][] = [];
  try {
    for (const request of arm.probes ?? []) {
      const emit = (epoch: number, data: unknown, progress?: TrainProgress): void =>
        hooks.onProbe({ run: key, probe: request.id, epoch, data, ...(progress ? { progress } : {}) } as ProbeEvent);
      sessions.push([request.id, startProbe(request, { model, dataset: arm.dataset, firstSeed: key.seedIndex === 0, emit })]);
    }
    if (sessions.some(([, session]) => session.start)) {
      await yieldToEventLoop();
      sessions.forEach(([, session]) => session.start?.());
    }
    const result = await train(model, arm.dataset, {
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
    model.dispose();
  }
}
