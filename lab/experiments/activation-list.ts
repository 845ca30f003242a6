/**
 * The activations of a grid, as objects (JSON, code) or as text (URLs, the CLI, CSV):
 * "relu,leaky-relu:alpha=0.2,swish:beta=1.5". Only parameters that differ from the catalog
 * default are written; reading fills the rest in.
 */
import { getActivation, hasActivation, validateParams } from '../activations/index.ts';
import type { ExperimentActivation } from './definition.ts';
import { EXPERIMENT_LIMITS } from './limits.ts';
import { formatNumber, quote } from './text-values.ts';

export const ACTIVATION_SEPARATOR = ',';
export const PARAM_SEPARATOR = ':';

export interface ActivationListReading {
  /** Valid, distinct, at most the limit; empty when nothing usable was given. */
  activations: ExperimentActivation[];
  notices: string[];
}

interface RawChoice {
  id: unknown;
  params: Record<string, unknown>;
}

/** Canonical text of one activation; doubles as its identity within a grid. */
export function formatActivation({ id, params }: ExperimentActivation): string {
  const entry = getActivation(id);
  const changed = entry.params
    .filter((spec) => params[spec.name] !== undefined && params[spec.name] !== spec.default)
    .map((spec) => `${spec.name}=${formatNumber(params[spec.name]!)}`);
  return [id, ...changed].join(PARAM_SEPARATOR);
}

/** "leaky-relu (alpha=0.2)": the id, and the parameters that differ from their defaults. */
export function activationLabel(activation: ExperimentActivation): string {
  const [id, ...changed] = formatActivation(activation).split(PARAM_SEPARATOR);
  return changed.length === 0 ? id! : `${id} (${changed.join(', ')})`;
}

export function formatActivationList(activations: readonly ExperimentActivation[]): string {
  return activations.map(formatActivation).join(ACTIVATION_SEPARATOR);
}

function parseItem(item: string): RawChoice {
  const [id, ...pairs] = item.split(PARAM_SEPARATOR).map((part) => part.trim());
  const params: Record<string, unknown> = Object.create(null);
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at > 0) params[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
    else params[pair] = '';
  }
  return { id, params };
}

function toRawChoices(raw: unknown): RawChoice[] | undefined {
  if (typeof raw === 'string') {
    return raw.split(ACTIVATION_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '').map(parseItem);
  }
  if (!Array.isArray(raw)) return undefined;
  return raw.map((item): RawChoice => {
    if (typeof item === 'string') return parseItem(item);
    if (item === null || typeof item !== 'object') return { id: item, params: {} };
    const { id, params } = item as { id?: unknown; params?: unknown };
    const isRecord = params !== null && typeof params === 'object' && !Array.isArray(params);
    return { id, params: isRecord ? (params as Record<string, unknown>) : {} };
  });
}

function readChoice({ id, params }: RawChoice, notices: string[]): ExperimentActivation | undefined {
  if (typeof id !== 'string' || !hasActivation(id)) {
    notices.push(`Unknown activation ${quote(id)} was left out.`);
    return undefined;
  }
  if (!getActivation(id).hiddenUsable) {
    notices.push(`${id} is an output activation, not a hidden-layer one; it was left out.`);
    return undefined;
  }
  const validated = validateParams(id, params);
  notices.push(...validated.notices);
  return { id, params: validated.params };
}

/** Reads a list from text or an array; every problem becomes a notice and the item is dropped or repaired. */
export function readActivationList(raw: unknown): ActivationListReading {
  const notices: string[] = [];
  const choices = toRawChoices(raw);
  if (choices === undefined) {
    return { activations: [], notices: [`Activations must be a list like "relu,tanh", got ${quote(raw)}.`] };
  }
  const activations: ExperimentActivation[] = [];
  const seen = new Set<string>();
  for (const choice of choices) {
    const activation = readChoice(choice, notices);
    if (activation === undefined) continue;
    const key = formatActivation(activation);
    if (seen.has(key)) {
      notices.push(`${key} was listed twice; it runs once.`);
      continue;
    }
    seen.add(key);
    activations.push(activation);
  }
  const max = EXPERIMENT_LIMITS.activations.max;
  if (activations.length > max) {
    notices.push(`At most ${max} activations per grid; kept the first ${max}.`);
    activations.length = max;
  }
  return { activations, notices };
}
