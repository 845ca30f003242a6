/**
 * Checks one version-2 run record from outside (an imported file, a shard's output). A record is
 * accepted whole, rebuilt field by field so nothing unexpected rides along, or refused with the
 * first problem found: a missing field, or a field that is not what the schema says.
 */
import { readActivationList } from '../experiments/activation-list.ts';
import type { ExperimentConfig } from '../experiments/definition.ts';
import { EXPERIMENT_LIMITS } from '../experiments/limits.ts';
import { HISTORY_MAX_POINTS, type HistoryPoint } from '../experiments/run-history.ts';
import { RUN_STATUSES } from '../experiments/run-record.ts';
import { CONFIG_FIELDS, validateExperimentConfig } from '../experiments/validate-config.ts';
import { fieldReader, FieldProblem, type FieldReader } from './field-reader.ts';
import { RUN_ENGINES, type RunMetrics, type TracedRun } from './traced-run.ts';

const ID = /^[A-Za-z0-9_-]{1,80}$/;
const VERSION = /^\d+\.\d+\.\d+[0-9A-Za-z.+-]*$/;
const DATA_HASH = /^sha256:[0-9a-f]{64}$/;
const BACKEND = /^[A-Za-z0-9_-]{1,40}$/;
const MAX_MESSAGE_LENGTH = 500;
const MAX_EPOCHS = EXPERIMENT_LIMITS.epochs.max;

export type TracedRunCheck = { ok: true; run: TracedRun } | { ok: false; problem: string };

function config(run: FieldReader): ExperimentConfig {
  const raw = run.object('config');
  CONFIG_FIELDS.forEach((name) => raw.present(name));
  const reading = validateExperimentConfig(run.present('config'));
  if (reading.notices.length > 0) throw new FieldProblem(`config is not valid (${reading.notices[0]})`);
  return reading.config;
}

function metrics(run: FieldReader): RunMetrics {
  const m = run.object('metrics');
  return {
    trainLoss: m.nullableNumber('trainLoss', 0, Number.MAX_VALUE),
    testLoss: m.nullableNumber('testLoss', 0, Number.MAX_VALUE),
    trainAccuracy: m.nullableNumber('trainAccuracy', 0, 1),
    testAccuracy: m.nullableNumber('testAccuracy', 0, 1),
    epochsToTarget: m.nullableInteger('epochsToTarget', 1, MAX_EPOCHS),
  };
}

function history(run: FieldReader): HistoryPoint[] {
  return run.list('history', HISTORY_MAX_POINTS).map((raw, i) => {
    const point = fieldReader(raw, `${run.path}.history[${i}]`);
    const epoch = point.integer('epoch', 0, MAX_EPOCHS);
    const loss = point.number('loss', 0, Number.MAX_VALUE);
    return point.has('testAccuracy') ? { epoch, loss, testAccuracy: point.number('testAccuracy', 0, 1) } : { epoch, loss };
  });
}

function check(raw: unknown, path: string): TracedRun {
  const run = fieldReader(raw, path);
  const activation = readActivationList([run.present('activation')]);
  if (activation.activations.length !== 1 || activation.notices.length > 0) run.wrong('activation', 'a catalog activation with valid parameters');
  const traced: TracedRun = {
    id: run.text('id', 80, ID, 'letters, digits, - or _ (up to 80)'),
    gridId: run.text('gridId', 80, ID, 'letters, digits, - or _ (up to 80)'),
    index: run.integer('index', 0, EXPERIMENT_LIMITS.runs.max - 1),
    config: config(run),
    activation: activation.activations[0]!,
    seed: run.integer('seed', EXPERIMENT_LIMITS.seed.min, EXPERIMENT_LIMITS.seed.max),
    status: run.oneOf('status', RUN_STATUSES),
    epochs: run.integer('epochs', 0, MAX_EPOCHS),
    metrics: metrics(run),
    history: history(run),
    engine: run.oneOf('engine', RUN_ENGINES),
    backend: run.text('backend', 40, BACKEND, 'a backend name such as "cpu" or "webgl"'),
    tfjsVersion: run.text('tfjsVersion', 40, VERSION, 'a version such as "4.22.0"'),
    siteVersion: run.text('siteVersion', 40, VERSION, 'a version such as "0.1.0"'),
    dataHash: run.text('dataHash', 71, DATA_HASH, '"sha256:" and 64 hex digits'),
    startedAt: run.date('startedAt'),
    durationMs: run.number('durationMs', 0, Number.MAX_VALUE),
  };
  if (traced.config.csv && traced.config.csv.hash !== traced.dataHash) run.wrong('dataHash', `the hash of the CSV data set its config names (${traced.config.csv.hash})`);
  if (run.has('message')) traced.message = run.text('message', MAX_MESSAGE_LENGTH);
  return traced;
}

/** path names the record in messages, e.g. "runs[3]". */
export function validateTracedRun(raw: unknown, path = 'run'): TracedRunCheck {
  try {
    return { ok: true, run: check(raw, path) };
  } catch (error) {
    if (error instanceof FieldProblem) return { ok: false, problem: error.message };
    throw error;
  }
}
