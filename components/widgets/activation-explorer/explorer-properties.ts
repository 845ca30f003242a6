/** The properties table as plain rows (one column per curve), from the catalog's properties(params). */
import type { ActivationProperties, Saturation } from '../../../lab/index';
import { entryOf, formatValue, resolvedParams, type ExplorerCurve } from './explorer-curves';

export interface PropertyCell {
  /** Plain text, or KaTeX source when `tex` is true. */
  content: string;
  tex?: boolean;
}

export interface PropertyRow {
  label: string;
  /** What the row measures, in words (shown as the row header's description). */
  meaning: string;
  cells: PropertyCell[];
}

const SATURATION_WORDS: Readonly<Record<Saturation, string>> = {
  none: 'no',
  left: 'for large negative x',
  right: 'for large positive x',
  both: 'on both sides',
};

const yesNo = (value: boolean): PropertyCell => ({ content: value ? 'yes' : 'no' });

function kinksText(kinks: readonly number[]): string {
  return kinks.length === 0 ? 'none' : `at x = ${kinks.map((x) => formatValue(x)).join(' and ')}`;
}

const ROWS: readonly { label: string; meaning: string; cell: (p: ActivationProperties) => PropertyCell }[] = [
  { label: 'Output range', meaning: 'the values f can take', cell: (p) => ({ content: p.range.label, tex: true }) },
  { label: 'Monotonic', meaning: 'never changes direction', cell: (p) => yesNo(p.monotonic) },
  { label: 'Smooth (C¹)', meaning: 'the slope has no jumps', cell: (p) => yesNo(p.smooth) },
  { label: 'f(0) = 0, both signs', meaning: 'passes through the origin and outputs negative as well as positive values', cell: (p) => yesNo(p.zeroCentred) },
  { label: 'Saturates', meaning: 'where the slope fades to zero', cell: (p) => ({ content: SATURATION_WORDS[p.saturating] }) },
  { label: 'Corners or jumps', meaning: 'where f′ is undefined', cell: (p) => ({ content: kinksText(p.kinks) }) },
  { label: 'Cost (catalog)', meaning: 'per element: cheap needs no exponential, moderate one (exp, erf or tanh), expensive two or more', cell: (p) => ({ content: p.cost }) },
];

export function propertyRows(curves: readonly ExplorerCurve[]): PropertyRow[] {
  const properties = curves.map((curve) => entryOf(curve).properties(resolvedParams(curve)));
  return ROWS.map((row) => ({ label: row.label, meaning: row.meaning, cells: properties.map(row.cell) }));
}
