/** Experiments: grids of activations × seeds, their records, summaries, exports and stores. */
export * from './definition.ts';
export { DEFAULT_EXPERIMENT, EXPERIMENT_LIMITS } from './limits.ts';
export { validateExperimentConfig, copyConfig, CONFIG_FIELDS, FIELD_LABELS, type ConfigReading } from './validate-config.ts';
export { readActivationList, formatActivation, formatActivationList, activationLabel } from './activation-list.ts';
export { configToSearchParams, configFromSearchParams, hasConfigParams, mergeConfigIntoSearch, URL_KEYS } from './url-config.ts';
export { expandGrid, seedsOf } from './expand-grid.ts';
export { loadExperimentDataset, isSyntheticDataset } from './experiment-dataset.ts';
export { experimentModelConfig, initializerFor } from './experiment-model.ts';
export { runGrid, type GridOutcome, type GridProgress, type RunGridOptions } from './runner.ts';
export { RUN_RECORD_SCHEMA, RUN_RECORD_VERSION, RUN_STATUSES, type RunRecord, type RunStatus } from './run-record.ts';
export { HISTORY_MAX_POINTS, type HistoryPoint } from './run-history.ts';
export { summariseRuns, bestMeanTestAccuracy, setupLabel, type SummaryRow } from './summary.ts';
export { summaryTable, formatTextTable, formatSpread, formatSeconds, type TextTable } from './summary-table.ts';
export { describeExperiment } from './describe-experiment.ts';
export { exportRunsJson, exportRunsCsv } from './export-runs.ts';
export { importRunsJson, type ImportResult } from './import-runs.ts';
export { compareRecords, type RunStore } from './run-store.ts';
export { createMemoryRunStore } from './memory-run-store.ts';
