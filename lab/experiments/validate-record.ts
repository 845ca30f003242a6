/**
 * Checks one run record that came from outside (an imported file). A record is accepted whole or
 * refused with the first problem found; accepted records are rebuilt field by field, so nothing
 * unexpected rides along.
 */
import { readActivationList } from './activation-list.ts';
import { EXPERIMENT_LIMITS } from './limits.ts';
import { HISTORY_MAX_POINTS, type HistoryPoint } from './run-history.ts';
import { RUN_STATUSES, type RunRecord, type RunStatus } from './run-record.ts';
import { quote } from './text-values.ts';
import { validateExperimentConfig } from './validate-config.ts';
import type { EngineName } from '../types.ts';
import { ENGINE_NAMES } from '../train/engine-words.ts';

const ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;
const MAX_MESSAGE_LENGTH = 500;
const MAX_BACKEND_LENGTH = 40;

export type RecordCheck = { ok: true; record: RunRecord } | { ok: false; problem: string };

class Refusal extends Error {}

type Fields = Record<string, unknown>;

function refuse(field: string, expected: string, value: unknown): never {
  throw new Refusal(`${field} must be ${expected}, got ${quote(value)}`);
}

function isObject(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function id(fields: Fields, name: string): string {
  const value = fields[name];
  return typeof value === 'string' && ID_PATTERN.test(value) ? value : refuse(name, 'letters, digits, - or _ (up to 80)', value);
}

function integerValue(value: unknown, name: string, min: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value : refuse(name, `a whole number from ${min} to ${max}`, value);
}

function integer(fields: Fields, name: string, min: number, max: number): number {
  return integerValue(fields[name], name, min, max);
}

function number(value: unknown, name: string, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value : refuse(name, `a number from ${min} to ${max}`, value);
}

function nullableNumber(fields: Fields, name: string, min: number, max: number): number | null {
  return fields[name] === null ? null : number(fields[name], name, min, max);
}

function text(fields: Fields, name: string, maxLength: number): string {
  const value = fields[name];
  return typeof value === 'string' && value.length <= maxLength ? value : refuse(name, `text of at most ${maxLength} characters`, value);
}

function engine(value: unknown): EngineName {
  return ENGINE_NAMES.includes(value as EngineName) ? (value as EngineName) : refuse('engine', `one of ${ENGINE_NAMES.join(', ')}`, value);
}

function history(value: unknown): HistoryPoint[] {
  if (!Array.isArray(value) || value.length > HISTORY_MAX_POINTS) refuse('history', `a list of at most ${HISTORY_MAX_POINTS} points`, value);
  return value.map((point: unknown, i) => {
    if (!isObject(point)) refuse(`history[${i}]`, 'an object', point);
    const epoch = integerValue(point.epoch, `history[${i}].epoch`, 0, EXPERIMENT_LIMITS.epochs.max);
    const loss = number(point.loss, `history[${i}].loss`, 0, Number.MAX_VALUE);
    if (point.testAccuracy === undefined) return { epoch, loss };
    return { epoch, loss, testAccuracy: number(point.testAccuracy, `history[${i}].testAccuracy`, 0, 1) };
  });
}

function check(raw: unknown): RunRecord {
  if (!isObject(raw)) refuse('the run', 'an object', raw);
  const configReading = validateExperimentConfig(raw.config);
  if (configReading.notices.length > 0) throw new Refusal(`its config is not valid (${configReading.notices[0]})`);
  const activations = readActivationList([raw.activation]);
  const activation = activations.activations[0];
  if (activation === undefined || activations.notices.length > 0) refuse('activation', 'a catalog activation with valid parameters', raw.activation);
  const status = raw.status;
  if (typeof status !== 'string' || !(RUN_STATUSES as readonly string[]).includes(status)) refuse('status', RUN_STATUSES.join(' or '), status);
  const createdAt = text(raw, 'createdAt', 40);
  if (Number.isNaN(Date.parse(createdAt))) refuse('createdAt', 'a date', createdAt);
  const maxEpochs = EXPERIMENT_LIMITS.epochs.max;
  const record: RunRecord = {
    id: id(raw, 'id'),
    gridId: id(raw, 'gridId'),
    index: integer(raw, 'index', 0, EXPERIMENT_LIMITS.runs.max - 1),
    createdAt,
    config: configReading.config,
    activation,
    seed: integer(raw, 'seed', EXPERIMENT_LIMITS.seed.min, EXPERIMENT_LIMITS.seed.max),
    status: status as RunStatus,
    epochs: integer(raw, 'epochs', 0, maxEpochs),
    trainLoss: nullableNumber(raw, 'trainLoss', 0, Number.MAX_VALUE),
    testLoss: nullableNumber(raw, 'testLoss', 0, Number.MAX_VALUE),
    trainAccuracy: nullableNumber(raw, 'trainAccuracy', 0, 1),
    testAccuracy: nullableNumber(raw, 'testAccuracy', 0, 1),
    timeMs: number(raw.timeMs, 'timeMs', 0, Number.MAX_VALUE),
    epochsToTarget: raw.epochsToTarget === null ? null : integer(raw, 'epochsToTarget', 1, maxEpochs),
    history: history(raw.history),
    backend: text(raw, 'backend', MAX_BACKEND_LENGTH),
  };
  if (raw.engine !== undefined) record.engine = engine(raw.engine);
  if (raw.message !== undefined) record.message = text(raw, 'message', MAX_MESSAGE_LENGTH);
  return record;
}

export function validateRunRecord(raw: unknown): RecordCheck {
  try {
    return { ok: true, record: check(raw) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.message };
    throw error;
  }
}
