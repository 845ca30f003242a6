/**
 * The explorer's curves as plain numbers: which function, its parameters, its samples and the words
 * that describe them. No DOM and no tfjs calls (only the catalog's value() and derivative()), so the
 * page's build step can draw the same curves as a static figure.
 */
import { getActivation, withDefaults, type ActivationEntry, type ParamSpec } from '../../../lab/index';
import { shortName } from '../../ui/text/activation-names';
import { SAMPLE_COUNT, X_RANGE, type ExplorerCurve } from './explorer-config';
import type { FunctionChart } from './function-chart';

export { shortName, type ExplorerCurve };

export type CurveSamples = { xs: number[]; values: number[]; slopes: number[] };
export type Extremum = { x: number; y: number };

const GOLDEN = (Math.sqrt(5) - 1) / 2;
const REFINE_STEPS = 40;
/** Room on the right of a chart for its direct labels, in pixels. */
const LABEL_WIDTH = 112;

export function entryOf(curve: ExplorerCurve): ActivationEntry {
  return getActivation(curve.id);
}

/** The parameters a plot depends on (training-only switches such as "Train β" change nothing here). */
export function plottedParams(entry: ActivationEntry): ParamSpec[] {
  return entry.params.filter((spec) => !spec.trainingOnly);
}

/** Every plotted parameter, with defaults filled in. */
export function resolvedParams(curve: ExplorerCurve): Record<string, number> {
  return withDefaults(plottedParams(entryOf(curve)), curve.params);
}

/** The parameter's symbol in plain text: α for \alpha, "form" for \text{form}. */
export function plainSymbol(spec: ParamSpec): string {
  const text = /^\\text\{([^}]*)\}$/.exec(spec.symbol.trim());
  if (text) return text[1]!;
  const symbol = texAsText(spec.symbol);
  return /^[A-Za-zα-ω]$/.test(symbol) ? symbol : spec.name;
}

const TEX_WORDS: Readonly<Record<string, string>> = {
  '\\approx': '≈', '\\infty': '∞', '\\alpha': 'α', '\\beta': 'β', '\\lambda': 'λ', '\\gamma': 'γ',
  '\\{': '{', '\\}': '}', '\\ ': ' ', '\\textstyle': '', '\\sum': 'Σ', '\\cdot': '·',
};

/**
 * A short KaTeX source as plain text, for a source the build could not render ahead: an output
 * range whose bound depends on a parameter value a link set between the slider's steps, such as
 * Swish's "[\approx -0.2785, \infty)" → "[≈ −0.2785, ∞)". Unknown commands stay as written.
 */
export function texAsText(source: string): string {
  return source
    .replace(/\\[A-Za-z]+|\\[{} ]/g, (command) => TEX_WORDS[command] ?? command)
    .replace(/-(?=[\d.])/g, '−')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "1.5", "−0.278": a number for reading, with a true minus sign and no trailing zeros. */
export function formatValue(value: number, digits = 3): string {
  if (Number.isNaN(value)) return 'undefined';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  const rounded = Number(value.toFixed(digits));
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return text.replace(/^-/, '−');
}

/** The short label of a choice such as "0.2x + 1/2 (TF.js, Keras 2)": what its parentheses say. */
function choiceText(spec: ParamSpec, value: number): string {
  const label = spec.choices?.find((choice) => choice.value === value)?.label ?? formatValue(value);
  return /\(([^()]*)\)\s*$/.exec(label)?.[1] ?? label;
}

/** "β = 1.5", "form: TF.js, Keras 2"; empty for functions without plotted parameters. */
export function paramText(curve: ExplorerCurve): string {
  const entry = entryOf(curve);
  const params = resolvedParams(curve);
  return plottedParams(entry)
    .map((spec) => (spec.choices ? `${plainSymbol(spec)}: ${choiceText(spec, params[spec.name]!)}` : `${plainSymbol(spec)} = ${formatValue(params[spec.name]!)}`))
    .join(', ');
}

/** "Swish (β = 1.5)", "ReLU": how charts, captions and tables name a curve. */
export function curveLabel(curve: ExplorerCurve): string {
  const name = shortName(entryOf(curve));
  const params = paramText(curve);
  return params ? `${name} (${params})` : name;
}

/** Chart labels: the short name, with parameter values only where the same function appears twice. */
export function chartLabels(curves: readonly ExplorerCurve[]): string[] {
  return curves.map((curve) => {
    const repeated = curves.filter((other) => other.id === curve.id).length > 1;
    return repeated ? curveLabel(curve) : shortName(entryOf(curve));
  });
}

/** f and f′ as plain functions; for softmax, the one-variable slice the catalog provides. */
export function curveFunctions(curve: ExplorerCurve): { value: (x: number) => number; derivative: (x: number) => number } {
  const entry = entryOf(curve);
  if (entry.kind === 'vector') return { value: (x) => entry.slice.value(x), derivative: (x) => entry.slice.derivative(x) };
  const params = resolvedParams(curve);
  return { value: (x) => entry.value(x, params), derivative: (x) => entry.derivative(x, params) };
}

export function sampleCurve(curve: ExplorerCurve, [lo, hi]: readonly [number, number], count: number): CurveSamples {
  if (!(hi > lo) || !Number.isInteger(count) || count < 2) throw new Error(`sampleCurve: need lo < hi and at least 2 samples, got [${lo}, ${hi}] × ${count}.`);
  const { value, derivative } = curveFunctions(curve);
  const xs = Array.from({ length: count }, (_, i) => lo + ((hi - lo) * i) / (count - 1));
  return { xs, values: xs.map(value), slopes: xs.map(derivative) };
}

/** Golden-section search for the extremum of a unimodal stretch [a, b]. */
export function refine(fn: (x: number) => number, a: number, b: number, kind: 'min' | 'max'): Extremum {
  const better = (p: number, q: number) => (kind === 'min' ? p < q : p > q);
  let lo = a;
  let hi = b;
  for (let step = 0; step < REFINE_STEPS; step++) {
    const left = hi - GOLDEN * (hi - lo);
    const right = lo + GOLDEN * (hi - lo);
    if (better(fn(left), fn(right))) hi = right;
    else lo = left;
  }
  const x = (lo + hi) / 2;
  return { x, y: fn(x) };
}

/** A strict interior minimum or maximum of the sampled curve, refined between its neighbours; plateaus do not count. */
export function interiorExtremum(fn: (x: number) => number, xs: readonly number[], ys: readonly number[], kind: 'min' | 'max'): Extremum | undefined {
  const sign = kind === 'min' ? 1 : -1;
  let best: number | undefined;
  for (let i = 1; i < ys.length - 1; i++) {
    const here = sign * ys[i]!;
    if (here < sign * ys[i - 1]! && here < sign * ys[i + 1]! && (best === undefined || here < sign * ys[best]!)) best = i;
  }
  if (best === undefined) return undefined;
  const found = refine(fn, xs[best - 1]!, xs[best + 1]!, kind);
  const endsBeat = sign * ys[0]! <= sign * found.y || sign * ys[ys.length - 1]! <= sign * found.y;
  return endsBeat ? undefined : found;
}

/** "f(−5) = 0.007, f(5) = 0.993" and any interior minimum or maximum, refined. */
function describeSeries(fn: (x: number) => number, xs: readonly number[], ys: readonly number[], symbol: string): string {
  const at = (i: number) => `${symbol}(${formatValue(xs[i]!)}) = ${formatValue(ys[i]!)}`;
  const extrema = ([['min', 'minimum'], ['max', 'maximum']] as const).flatMap(([kind, word]) => {
    const found = interiorExtremum(fn, xs, ys, kind);
    return found ? [`${word} ${formatValue(found.y)} at x = ${formatValue(found.x)}`] : [];
  });
  return [`${at(0)}, ${at(xs.length - 1)}`, ...extrema].join('; ');
}

/** One sentence each for f and f′ of a curve over the plotted range, with the numbers a reader would read off. */
export function describeCurve(curve: ExplorerCurve, range: readonly [number, number], count: number): { value: string; derivative: string } {
  const { value, derivative } = curveFunctions(curve);
  const samples = sampleCurve(curve, range, count);
  const { lo, hi } = entryOf(curve).properties(resolvedParams(curve)).range;
  const label = curveLabel(curve);
  return {
    value: `${label}: ${describeSeries(value, samples.xs, samples.values, 'f')}; outputs from ${formatValue(lo)} to ${formatValue(hi)}.`,
    derivative: `${label}: ${describeSeries(derivative, samples.xs, samples.slopes, 'f′')}.`,
  };
}

/** A y range that shows every sample, includes 0 and is never thinner than `minSpan`. */
export function valueDomain(series: readonly (readonly number[])[], minSpan: number): [number, number] {
  const finite = series.flatMap((values) => values.filter(Number.isFinite));
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (hi - lo < minSpan) {
    const middle = (hi + lo) / 2;
    lo = Math.min(lo, middle - minSpan / 2);
    hi = Math.max(hi, middle + minSpan / 2);
  }
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

/** The f and f′ charts of these curves over X_RANGE, with captions that give the numbers that matter. */
export function explorerCharts(curves: readonly ExplorerCurve[], count = SAMPLE_COUNT): [FunctionChart, FunctionChart] {
  const descriptions = curves.map((curve) => describeCurve(curve, X_RANGE, SAMPLE_COUNT));
  const samples = curves.map((curve) => sampleCurve(curve, X_RANGE, count));
  const labels = chartLabels(curves);
  const chart = (pick: (samples: CurveSamples) => number[], yLabel: string, caption: string): FunctionChart => {
    const ys = samples.map(pick);
    const lines = samples.map((sample, index) => ({ label: labels[index]!, xs: sample.xs, ys: ys[index]! }));
    return { curves: lines, xDomain: X_RANGE, yDomain: valueDomain(ys, 1), yLabel, caption, labelWidth: LABEL_WIDTH };
  };
  const [lo, hi] = X_RANGE.map((x) => formatValue(x));
  return [
    chart((sample) => sample.values, 'f(x)', `The functions f(x) for x from ${lo} to ${hi}. ${descriptions.map((d) => d.value).join(' ')}`),
    chart((sample) => sample.slopes, 'f′(x)', `Their derivatives f′(x). ${descriptions.map((d) => d.derivative).join(' ')}`),
  ];
}
