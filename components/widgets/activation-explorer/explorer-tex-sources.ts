/**
 * Every KaTeX source the explorer can show, so the build can render them all and the page needs no
 * KaTeX code: each catalog function's formula and derivative, and its output-range label for every
 * value its plotted parameters can take (a slider's steps from min to max, or its choices).
 * No DOM and no KaTeX here, so a test can check the list covers what the widget draws.
 */
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
