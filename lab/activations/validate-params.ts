import type { ActivationChoice } from '../types.ts';
import { getActivation, hasActivation } from './catalog.ts';
import type { ParamSpec } from './types.ts';

export const FALLBACK_ACTIVATION_ID = 'relu';

export interface ValidatedParams {
  /** Every declared parameter: the accepted value, or the default. */
  params: Record<string, number>;
  /** One readable sentence per value that was dropped or replaced. */
  notices: string[];
}

export interface ValidatedChoice {
  choice: { id: string; params: Record<string, number> };
  notices: string[];
}

function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}

function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const parsed = Number(raw.trim());
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** Why the raw value cannot be used, or null when it can. */
function refusal(spec: ParamSpec, raw: unknown, value: number | undefined): string | null {
  if (value === undefined) return `${JSON.stringify(String(raw))} is not a finite number`;
  if (spec.choices != null && !spec.choices.some((choice) => choice.value === value)) {
    const allowed = spec.choices.map((choice) => `${choice.value} (${choice.label})`).join(', ');
    return `${formatNumber(value)} is not one of ${allowed}`;
  }
  if (value < spec.min || value > spec.max) {
    return `${formatNumber(value)} is outside [${formatNumber(spec.min)}, ${formatNumber(spec.max)}]`;
  }
  return null;
}

/**
 * Checks parameters that came from outside (a URL, a form): unknown keys are dropped, values that are
 * not numbers or lie outside their range are refused and replaced by the default, each with a notice.
 * Throws only for an unknown activation id.
 */
export function validateParams(id: string, raw: Readonly<Record<string, unknown>> | null | undefined): ValidatedParams {
  const entry = getActivation(id);
  const params: Record<string, number> = {};
  const notices: string[] = [];
  const given = raw ?? {};
  for (const key of Object.keys(given)) {
    if (!entry.params.some((spec) => spec.name === key)) {
      notices.push(`${entry.name} has no parameter "${key}"; it was ignored.`);
    }
  }
  for (const spec of entry.params) {
    params[spec.name] = spec.default;
    if (!Object.hasOwn(given, spec.name)) continue;
    const rawValue = given[spec.name];
    const value = parseNumber(rawValue);
    const reason = refusal(spec, rawValue, value);
    if (reason == null && value !== undefined) {
      params[spec.name] = value;
    } else {
      notices.push(`${entry.name}: ${spec.name} = ${reason}; using the default ${formatNumber(spec.default)}.`);
    }
  }
  return { params, notices };
}

/** Validates an id and its parameters; an unknown id falls back to ReLU (or the given fallback) with a notice. */
export function validateChoice(
  id: unknown,
  rawParams?: Readonly<Record<string, unknown>> | null,
  fallbackId: string = FALLBACK_ACTIVATION_ID,
): ValidatedChoice {
  if (typeof id === 'string' && hasActivation(id)) {
    const { params, notices } = validateParams(id, rawParams);
    return { choice: { id, params }, notices };
  }
  const fallback = getActivation(fallbackId);
  const { params } = validateParams(fallback.id, {});
  const shown = typeof id === 'string' ? `"${id}"` : 'no activation';
  return {
    choice: { id: fallback.id, params },
    notices: [`Unknown activation ${shown}; showing ${fallback.name} instead.`],
  };
}

/** The resolved parameters of a choice made in code; throws with every problem listed when any value is bad. */
export function requireValidParams(choice: ActivationChoice): Record<string, number> {
  const { params, notices } = validateParams(choice.id, choice.params);
  if (notices.length > 0) throw new Error(`Invalid parameters for "${choice.id}": ${notices.join(' ')}`);
  return params;
}
