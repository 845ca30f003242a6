/** Run records, version 2: traced runs, their validator, and their JSON and CSV files. */
export {
  TRACED_RUNS_SCHEMA, TRACED_RUNS_VERSION, RUN_ENGINES, type RunEngine, type RunMetrics, type TracedRun, type TracedRunsFile,
} from './traced-run.ts';
export { validateTracedRun, type TracedRunCheck } from './validate-traced-run.ts';
export { exportTracedRuns, importTracedRuns, MAX_TRACED_FILE_CHARACTERS, MAX_TRACED_RUNS, type TracedImport } from './traced-runs-file.ts';
export { exportRunsCsv, CSV_COLUMNS } from './runs-csv.ts';
