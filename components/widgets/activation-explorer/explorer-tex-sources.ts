/**
 * Build time only: every KaTeX source the explorer can show (each catalog function's formula and
 * derivative, and its output-range label for every value its plotted parameters can take: a
 * slider's steps from min to max, or its choices), rendered to HTML. The page fetches the table as
 * JSON (EXPLORER_MATH_FILE) instead of loading KaTeX's 77 KB of gzip JavaScript; the widget's
 * markup uses the same table for its first, static view.
 */
import katex from 'katex';
import { listActivations, withDefaults, type ActivationEntry, type ParamSpec } from '../../../lab/index';
import { plottedParams } from './explorer-curves';

/** The values a parameter's control offers: its choices, or min, min + step, …, max. */
export function paramValues(spec: ParamSpec): number[] {
  if (spec.choices) return spec.choices.map((choice) => choice.value);
  const steps = Math.round((spec.max - spec.min) / spec.step);
  return [...Array.from({ length: steps + 1 }, (_, index) => spec.min + index * spec.step), spec.max, spec.default];
}

/** Every combination of the entry's plotted parameter values (one empty combination when it has none). */
function paramCombinations(entry: ActivationEntry): Record<string, number>[] {
  return plottedParams(entry).reduce<Record<string, number>[]>(
    (combinations, spec) => combinations.flatMap((partial) => paramValues(spec).map((value) => ({ ...partial, [spec.name]: value }))),
    [{}],
  );
}

export function explorerTexSources(): string[] {
  const sources = new Set<string>();
  for (const entry of listActivations()) {
    sources.add(entry.formula);
    sources.add(entry.derivativeFormula);
    for (const params of paramCombinations(entry)) sources.add(entry.properties(withDefaults(plottedParams(entry), params)).range.label);
  }
  return [...sources];
}

/** Every source → KaTeX's HTML and MathML; a source KaTeX cannot parse shows as red text, never throws. */
export function renderExplorerMath(): Record<string, string> {
  return Object.fromEntries(explorerTexSources().map((source) => [source, katex.renderToString(source, { throwOnError: false })]));
}
