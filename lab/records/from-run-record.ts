/** Today's RunRecord plus what version 2 adds → a TracedRun; the bridge part B's runner can use. */
import type { RunRecord } from '../experiments/run-record.ts';
import type { RunEngine, TracedRun } from './traced-run.ts';

export interface RunTrace {
  engine: RunEngine;
  tfjsVersion: string;
  siteVersion: string;
  dataHash: string;
  startedAt: string;
}

export function tracedRunFrom(record: RunRecord, trace: RunTrace): TracedRun {
  const { id, gridId, index, config, activation, seed, status, message, epochs, history, backend } = record;
  return {
    id, gridId, index, config, activation, seed, status,
    ...(message !== undefined ? { message } : {}),
    epochs,
    metrics: {
      trainLoss: record.trainLoss,
      testLoss: record.testLoss,
      trainAccuracy: record.trainAccuracy,
      testAccuracy: record.testAccuracy,
      epochsToTarget: record.epochsToTarget,
    },
    history,
    engine: trace.engine,
    backend,
    tfjsVersion: trace.tfjsVersion,
    siteVersion: trace.siteVersion,
    dataHash: trace.dataHash,
    startedAt: trace.startedAt,
    durationMs: record.timeMs,
  };
}
