/**
 * The explorer's list of curves as plain data: what Add, Remove and Reset make of it, and which
 * curve's function picker should take the focus afterwards (its position, from 0). DOM-free.
 */
import { ADD_SUGGESTIONS, DEFAULT_CURVES, MAX_CURVES } from './explorer-config';
import type { ExplorerCurve } from './explorer-curves';

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
