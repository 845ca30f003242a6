/**
 * The learned-activation widget's parts: the shape of each layer's g(x), one coefficient trace per
 * layer (the base seed's learned run, as it trains), and the results (table, accuracy chart,
 * coefficient table, summary).
 */
import { coefficientsFromRaw, initialRaw, LEARNED_ARM_ID } from '../../../lab/index';
import type { BuiltChartFigure } from '../../ui/charts/chart-figure';
import { drawSafely } from '../../ui/charts/chart-failure';
import { readPalette } from '../../ui/charts/chart-palette';
import { readSeriesColours } from '../../ui/charts/series-style';
import { clampWidth, showParagraphs } from '../../ui/charts/chart-slot';
import { paintAccuracy } from '../../ui/comparison/comparison-accuracy-view';
import { findComparisonOutlets, idOf } from '../../ui/comparison/comparison-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import { describeSeedComparison } from '../../ui/comparison/seed-accuracy';
import { labelledSummaries, type ComparisonResults } from '../../ui/comparison/seed-comparison-results';
import { ACCURACY_CHART_MAX_WIDTH, CHART_MAX_WIDTH, CHART_MIN_WIDTH, type LearnedSettings } from './learned-config';
import { renderShapeChart, renderTraceChart, type CoefficientSnapshot } from './learned-charts';
import { describeMeanMix, meanCoefficients, worstConstraintError } from './learned-summary';
import { coefficientTable, describeShapes, describeTrace, traceFigures } from './learned-view';

export const SHAPE_PART = 'shape';
export const RESULTS_PART = 'results';
const TRACE_PART_PREFIX = 'trace-';

/** The elements the parts draw into: the comparison's, the g(x) chart, the traces and the coefficient table. */
export function learnedOutlets(find: WidgetElementFinder, root: HTMLElement) {
  return {
    ...findComparisonOutlets(find, root), shapeChart: find.byId(idOf(root, 'shape')), shapeCaption: find.byId(idOf(root, 'shape-caption')),
    traces: find.part('traces'), coefficients: find.part('coefficients'),
  };
}

type LearnedOutlets = ReturnType<typeof learnedOutlets>;

/** The base seed's learned run, followed as it trains. */
export interface Trace {
  start: number[];
  snapshots: CoefficientSnapshot[];
  figures: BuiltChartFigure[];
}

export function startTrace(settings: LearnedSettings, traces: HTMLElement): Trace {
  const start = coefficientsFromRaw(settings.mode, initialRaw(settings.mode, settings.bases.length));
  return { start, snapshots: [{ epoch: 0, coefficients: Array.from({ length: settings.layers }, () => start.slice()) }], figures: traceFigures(traces, settings.layers) };
}

export function traceParts(trace: Trace | undefined): string[] {
  return [SHAPE_PART, ...(trace?.figures ?? []).map((_, layer) => `${TRACE_PART_PREFIX}${layer}`)];
}

type Width = (element: HTMLElement) => number;

export function drawLearnedPart(part: string, results: ComparisonResults<LearnedSettings>, trace: Trace, outlets: LearnedOutlets, width: Width): void {
  const palette = readPalette();
  const colours = readSeriesColours();
  const { settings } = results;
  const chartWidth = (element: HTMLElement, max = CHART_MAX_WIDTH) => clampWidth(width(element), CHART_MIN_WIDTH, max);
  if (part === SHAPE_PART) {
    const latest = trace.snapshots[trace.snapshots.length - 1]!;
    const text = describeShapes(settings.bases, trace.start, latest);
    outlets.shapeCaption.textContent = text;
    drawSafely(outlets.shapeChart, () => outlets.shapeChart.replaceChildren(renderShapeChart({
      bases: settings.bases, start: trace.start, layers: latest.coefficients, palette, colours, width: chartWidth(outlets.shapeChart), ariaLabel: text,
    })));
  } else if (part === RESULTS_PART) {
    const summaries = labelledSummaries(results);
    const finishedRuns = results.runs.length;
    paintAccuracy({ elements: outlets, summaries, finishedRuns, armNoun: 'network', palette, colours, width: chartWidth(outlets.accuracyChart, ACCURACY_CHART_MAX_WIDTH) });
    const learnedRuns = results.runs.filter((run) => run.arm === LEARNED_ARM_ID && run.probes.coefficients);
    outlets.coefficients.replaceChildren(...(learnedRuns.length === 0 ? [] : [coefficientTable(settings.bases, learnedRuns)]));
    const constraint = worstConstraintError(learnedRuns, settings.mode);
    const constraintText = settings.mode === 'linear' || learnedRuns.length === 0
      ? ''
      : `Constraint check over every seed and layer: |Σ cᵢ − 1| is at most ${constraint.sum.toExponential(1)}${settings.mode === 'convex' ? `, and the smallest coefficient is ${constraint.negative > 0 ? `−${constraint.negative.toExponential(1)}` : '≥ 0'}` : ''}.`;
    showParagraphs(outlets.summary, finishedRuns === 0 ? [] : [
      ...describeSeedComparison(summaries, results.runs, results.testExamples, { armId: LEARNED_ARM_ID, role: 'subject' }),
      describeMeanMix(settings.bases, meanCoefficients(learnedRuns), learnedRuns.length),
      constraintText,
    ]);
  } else {
    const layer = Number(part.slice(TRACE_PART_PREFIX.length));
    const figure = trace.figures[layer];
    if (!figure) return;
    const text = describeTrace(settings.bases, layer, trace.snapshots);
    figure.caption.textContent = text;
    drawSafely(figure.chart, () => figure.chart.replaceChildren(renderTraceChart({
      bases: settings.bases, layer, trace: trace.snapshots, totalEpochs: settings.epochs, palette, colours, width: chartWidth(figure.chart), ariaLabel: text,
    })));
  }
}
