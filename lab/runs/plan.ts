/**
 * What the run orchestrator takes and gives back, as plain data: arms (a network, its data and its
 * recipe, the probes to take) × seeds in, uniform run records out. Nothing here holds a tfjs object,
 * so a plan can be shipped to a worker and its records sent back.
 */
import type { Dataset, EngineChoice, EngineName, EpochMetrics, ModelConfig, TrainOptions, TrainProgress, TrainStatus } from '../types.ts';
import type { LearnedModelConfig } from '../learned/learned-model.ts';
import type { ProbeData, ProbeId, ProbeRequest } from './probes/probe-types.ts';

/** A network lab knows how to build; the run's seed is added when it is built. */
export type ModelSpec =
  | { kind: 'dense'; config: Omit<ModelConfig, 'seed'> }
  | { kind: 'learned-mix'; config: Omit<LearnedModelConfig, 'seed'> };

/** How an arm trains: everything of TrainOptions but the seed, the signal and the listener. */
export type Recipe = Omit<TrainOptions, 'seed' | 'signal' | 'onProgress' | 'engine' | 'sliceBudgetMs'>;

export interface ArmSpec {
  id: string;
  label?: string;
  model: ModelSpec;
  dataset: Dataset;
  train: Recipe;
  probes?: readonly ProbeRequest[];
}

export interface RunPlan {
  arms: readonly ArmSpec[];
  /** Each arm trains once per seed; a run's seed sets its initial weights and its batch order. */
  seeds: readonly number[];
  /** 'in-turn' (the default): one run after another, all arms of a seed before the next seed. 'together': a seed's arms train at once, their slices interleaved. */
  schedule?: 'in-turn' | 'together';
  engine?: EngineChoice;
  sliceBudgetMs?: number;
  /** A run that throws becomes a record with status 'error' and the runs go on (by default the error ends them all). */
  continueOnError?: boolean;
  signal?: AbortSignal;
}

export interface RunKey {
  arm: string;
  seed: number;
  /** 0 for the first seed, 1 for the next, … */
  seedIndex: number;
  /** Position in run order, from 0. */
  index: number;
}

export type ArmRunStatus = TrainStatus | 'error';

/** The record of one finished run. */
export interface ArmRun extends RunKey {
  status: ArmRunStatus;
  /** The engine that trained (absent when the run failed before training) and the tfjs backend that was active. */
  engine?: EngineName;
  backend: string;
  /** Epochs trained; for 'diverged', the epoch whose loss was not finite. */
  epochs: number;
  /** The last measured metrics. */
  metrics: EpochMetrics;
  history: EpochMetrics[];
  timings: { elapsedMs: number; samplesPerSecond: number };
  /** What the arm's probes read at the end of a finished run. */
  probes: Partial<{ [K in ProbeId]: ProbeData[K] }>;
  message?: string;
}

export interface RunProgress {
  run: RunKey;
  progress: TrainProgress;
  /** Epochs over all runs, counting a finished run as all its planned epochs. */
  epochsDone: number;
  totalEpochs: number;
}

export type ProbeEvent = {
  [K in ProbeId]: {
    run: RunKey;
    probe: K;
    epoch: number;
    data: ProbeData[K];
    /** The trainer's report the reading belongs to (none before the first epoch). */
    progress?: TrainProgress;
  };
}[ProbeId];

export interface RunListener {
  onRunStart?(run: RunKey, totalRuns: number): void;
  onProgress?(event: RunProgress): void;
  onProbe?(event: ProbeEvent): void;
  /** May return a promise; the next run waits for it. */
  onRunEnd?(record: ArmRun, totalRuns: number): void | Promise<void>;
}

export interface RunsOutcome {
  records: ArmRun[];
  totalRuns: number;
  totalEpochs: number;
  /** Epochs done when the runs ended (all of them unless stopped). */
  epochsDone: number;
  stopped: boolean;
  elapsedMs: number;
}
