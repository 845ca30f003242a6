/**
 * The explorer's state in a URL: `?fn=swish&beta=1.5&fn=relu`. Each `fn` starts a curve and the keys
 * after it are that curve's parameters. Everything read back goes through the catalog's validators;
 * what cannot be used falls back (unknown id → ReLU, bad value → default) with a sentence saying so.
 * Notices are plain text: the widget shows them with textContent, never as HTML.
 */
import { getActivation, hasActivation, validateChoice } from '../../../lab/index';
import { MAX_CURVES, MAX_SHOWN_RAW_LENGTH, URL_FUNCTION_KEY, defaultCurves } from './explorer-config';
import { formatValue, plottedParams, type ExplorerCurve } from './explorer-curves';

export interface DecodedExplorerState {
  curves: ExplorerCurve[];
  /** One readable sentence per thing in the URL that was ignored or replaced. */
  notices: string[];
}

interface RawCurve {
  id: string;
  params: [string, string][];
}

/** Cuts long text so a notice stays readable; the ellipsis also keeps a cut number from parsing. */
export function shortenRaw(text: string, maxLength = MAX_SHOWN_RAW_LENGTH): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}

/** Each fn=… with the keys after it, up to MAX_CURVES of them; the keys of a function left out go with it, unread. */
function groupCurves(entries: Iterable<[string, string]>, notices: string[]): RawCurve[] {
  const curves: RawCurve[] = [];
  for (const [key, value] of entries) {
    if (key === URL_FUNCTION_KEY) curves.push({ id: value, params: [] });
    else if (curves.length > 0) curves.at(-1)!.params.push([key, value]);
    else notices.push(`"${shortenRaw(key)}" comes before any ${URL_FUNCTION_KEY}=…, so it belongs to no function; it was ignored.`);
  }
  const dropped = curves.length - MAX_CURVES;
  if (dropped > 0) notices.push(`The link names ${curves.length} functions; the explorer shows at most ${MAX_CURVES}, so the last ${dropped} were left out.`);
  return curves.slice(0, MAX_CURVES);
}

function decodeCurve(raw: RawCurve, notices: string[]): ExplorerCurve {
  const id = shortenRaw(raw.id.trim());
  if (!hasActivation(id)) {
    const { choice, notices: fallback } = validateChoice(id);
    notices.push(...fallback);
    return { id: choice.id, params: {} };
  }
  const entry = getActivation(id);
  const given: [string, string][] = [];
  for (const [rawKey, rawValue] of raw.params) {
    const key = shortenRaw(rawKey);
    const spec = entry.params.find((candidate) => candidate.name === key);
    if (spec?.trainingOnly) {
      notices.push(`${entry.name}: "${key}" only changes how a network trains, not the curve; it was ignored.`);
      continue;
    }
    if (given.some(([seen]) => seen === key)) notices.push(`${entry.name}: ${key} is given twice; using the last value.`);
    given.push([key, shortenRaw(rawValue)]);
  }
  const { choice, notices: paramNotices } = validateChoice(id, Object.fromEntries(given));
  notices.push(...paramNotices);
  const plotted = new Set(plottedParams(entry).map((spec) => spec.name));
  return { id, params: Object.fromEntries(Object.entries(choice.params).filter(([name]) => plotted.has(name))) };
}

/** Reads a location.search string (with or without the leading "?"); one that names no function shows the defaults. */
export function decodeExplorerState(search: string): DecodedExplorerState {
  const query = new URLSearchParams(search);
  if (!query.has(URL_FUNCTION_KEY)) return { curves: defaultCurves(), notices: [] };
  const notices: string[] = [];
  const curves = groupCurves(query.entries(), notices).map((raw) => decodeCurve(raw, notices));
  return { curves, notices };
}

/** The query string (without "?") for these curves; parameters at their default are left out. */
export function encodeExplorerState(curves: readonly ExplorerCurve[]): string {
  const query = new URLSearchParams();
  for (const curve of curves) {
    const entry = getActivation(curve.id);
    query.append(URL_FUNCTION_KEY, entry.id);
    for (const spec of plottedParams(entry)) {
      const value = curve.params[spec.name];
      if (value === undefined || value === spec.default) continue;
      query.append(spec.name, formatValue(value, 6).replace('−', '-'));
    }
  }
  return query.toString();
}
