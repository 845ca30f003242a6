/**
 * The run record, version 2 ("traced"): defined in lab/experiments/run-record.ts, where the runner
 * makes it; named here as the files that carry it name it.
 */
import type { RunRecord } from '../experiments/run-record.ts';

export {
  RUN_RECORD_SCHEMA as TRACED_RUNS_SCHEMA, RUN_RECORD_VERSION as TRACED_RUNS_VERSION, RUN_ENGINES, type RunEngine, type RunMetrics,
} from '../experiments/run-record.ts';
import type { RUN_RECORD_SCHEMA, RUN_RECORD_VERSION } from '../experiments/run-record.ts';

export type TracedRun = RunRecord;

export interface TracedRunsFile {
  schema: typeof RUN_RECORD_SCHEMA;
  version: typeof RUN_RECORD_VERSION;
  exportedAt: string;
  runs: TracedRun[];
}
