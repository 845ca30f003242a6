/**
 * Every number the activation explorer starts from, shared by its markup (build time) and its module,
 * and its list of curves as plain data: what Add, Remove and Reset make of it, and which curve's
 * function picker takes the focus afterwards (its position, from 0). DOM-free.
 */

export interface ExplorerCurve {
  id: string;
  /** Values for the function's plotted (not training-only) parameters; missing ones take the default. */
  params: Readonly<Record<string, number>>;
}

/** The functions shown when the URL names none: the three classics the chapter opens with. */
export const DEFAULT_CURVES: readonly ExplorerCurve[] = Object.freeze([
  { id: 'sigmoid', params: {} },
  { id: 'tanh', params: {} },
  { id: 'relu', params: {} },
]);

/** Overlaying more than this many curves makes the chart unreadable. */
export const MAX_CURVES = 4;

/** The x range plotted: wide enough for Swish's and Mish's minima and the sigmoid's flat tails. */
export const X_RANGE: readonly [number, number] = [-5, 5];

/** Samples per curve: a step of 0.025, fine enough for kinks to look sharp. */
export const SAMPLE_COUNT = 401;

/** Samples per curve in the build-time figure: coarser, to keep the page small (x = 0 is still a sample). */
export const STATIC_SAMPLE_COUNT = 121;

/** The URL key that names a function; the keys after it are that function's parameters. */
export const URL_FUNCTION_KEY = 'fn';

/** Raw URL text longer than this is cut before it is shown back in a notice. */
export const MAX_SHOWN_RAW_LENGTH = 32;

/** What "Add a function" offers next: the first of these not already shown. */
export const ADD_SUGGESTIONS: readonly string[] = Object.freeze(['swish', 'leaky-relu', 'gelu', 'elu', 'mish', 'softplus', 'sigmoid', 'tanh', 'relu']);

/** The explorer's formulas rendered at build time (site/pages/explorer-math.json.ts), relative to the site's base. */
export const EXPLORER_MATH_FILE = 'explorer-math.json';

export interface CurveListChange {
  curves: ExplorerCurve[];
  /** The curve whose function picker takes the focus; none after Reset. */
  focus?: number;
}

export function defaultCurves(): ExplorerCurve[] {
  return DEFAULT_CURVES.map((curve) => ({ id: curve.id, params: { ...curve.params } }));
}

/** A curve of the first suggested function not shown yet; null when the list is full. */
export function withAddedCurve(curves: readonly ExplorerCurve[]): CurveListChange | null {
  if (curves.length >= MAX_CURVES) return null;
  const unused = ADD_SUGGESTIONS.find((id) => !curves.some((shown) => shown.id === id));
  return { curves: [...curves, { id: unused ?? ADD_SUGGESTIONS[0]!, params: {} }], focus: curves.length };
}

/** Without the curve at `index`; null when it is the last one (the charts always show a curve). */
export function withoutCurve(curves: readonly ExplorerCurve[], index: number): CurveListChange | null {
  if (curves.length <= 1) return null;
  const rest = curves.filter((_, at) => at !== index);
  return { curves: rest, focus: Math.min(index, rest.length - 1) };
}
