/**
 * Per-activation summaries of run records: mean ± sd of test accuracy and final loss, mean time and
 * epochs to target. Runs whose settings differ in more than activation and seed get separate rows.
 */
import { activationLabel, formatActivation } from './activation-list.ts';
import type { ExperimentConfig } from './definition.ts';
import type { RunRecord } from './run-record.ts';
import { spreadOf, type Spread } from './stats.ts';

export interface SummaryRow {
  key: string;
  activationLabel: string;
  /** Set when the summarised records come from more than one setup. */
  setupLabel?: string;
  runs: number;
  diverged: number;
  failed: number;
  testAccuracy: Spread | null;
  trainLoss: Spread | null;
  timeMs: Spread | null;
  /** Mean over the runs that reached the target, and how many did. */
  epochsToTarget: { mean: number | null; reached: number; of: number } | null;
  targetAccuracy: number | null;
}

/** Everything about a run's setting except what the grid varies (activation, seed). */
export function setupKey(config: ExperimentConfig): string {
  const { dataset, noise, dataSeed, depth, width, initializer, optimizer, learningRate, epochs, targetAccuracy } = config;
  return JSON.stringify([dataset, config.csv?.hash ?? null, noise, dataSeed, depth, width, initializer, optimizer, learningRate, epochs, targetAccuracy]);
}

export function setupLabel(config: ExperimentConfig): string {
  const shape = `${config.depth}×${config.width}`;
  return `${config.csv?.file ?? config.dataset}, ${shape}, ${config.optimizer} ${config.learningRate}, ${config.epochs} epochs`;
}

const finite = (values: (number | null)[]): number[] => values.filter((v): v is number => v !== null && Number.isFinite(v));

function summariseGroup(key: string, records: readonly RunRecord[], showSetup: boolean): SummaryRow {
  const first = records[0]!;
  const done = records.filter((record) => record.status === 'done');
  const target = first.config.targetAccuracy;
  const reachedEpochs = finite(done.map((record) => record.metrics.epochsToTarget));
  return {
    key,
    activationLabel: activationLabel(first.activation),
    ...(showSetup ? { setupLabel: setupLabel(first.config) } : {}),
    runs: records.length,
    diverged: records.filter((record) => record.status === 'diverged').length,
    failed: records.filter((record) => record.status === 'error').length,
    testAccuracy: spreadOf(finite(done.map((record) => record.metrics.testAccuracy))),
    trainLoss: spreadOf(finite(done.map((record) => record.metrics.trainLoss))),
    timeMs: spreadOf(finite(records.map((record) => record.durationMs))),
    epochsToTarget: target === null ? null : {
      mean: spreadOf(reachedEpochs)?.mean ?? null,
      reached: reachedEpochs.length,
      of: records.length,
    },
    targetAccuracy: target,
  };
}

/** One row per activation (per setup), in the order they first appear. */
export function summariseRuns(records: readonly RunRecord[]): SummaryRow[] {
  const showSetup = new Set(records.map((record) => setupKey(record.config))).size > 1;
  const groups = new Map<string, RunRecord[]>();
  for (const record of records) {
    const key = `${formatActivation(record.activation)}|${showSetup ? setupKey(record.config) : ''}`;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups].map(([key, group]) => summariseGroup(key, group, showSetup));
}

/** The highest mean test accuracy among the rows, or null when no run finished. */
export function bestMeanTestAccuracy(rows: readonly SummaryRow[]): number | null {
  const means = rows.map((row) => row.testAccuracy?.mean).filter((mean): mean is number => mean !== undefined);
  return means.length === 0 ? null : Math.max(...means);
}
