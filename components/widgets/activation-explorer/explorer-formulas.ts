/** What the formula panel says about each curve: its KaTeX, parameter values and description, as plain data. */
import { entryOf, paramText, shortName, type ExplorerCurve } from './explorer-curves';

export interface FormulaBlock {
  title: string;
  /** KaTeX source of f. */
  formula: string;
  /** KaTeX source of f′ (softmax: its Jacobian). */
  derivative: string;
  /** "with β = 1.5", or '' when the function has no plotted parameters. */
  values: string;
  description: string;
  /** For softmax: what the one-variable plot shows. */
  note?: string;
}

export function formulaBlock(curve: ExplorerCurve): FormulaBlock {
  const entry = entryOf(curve);
  const values = paramText(curve);
  return {
    title: shortName(entry),
    formula: entry.formula,
    derivative: entry.derivativeFormula,
    values: values ? `with ${values}` : '',
    description: entry.description,
    ...(entry.kind === 'vector' ? { note: `Plotted: ${entry.slice.description}` } : {}),
  };
}
