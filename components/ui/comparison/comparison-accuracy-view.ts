/**
 * The accuracy half of a seed comparison's page: the results table's rows, the accuracy chart with its
 * caption (the chart's text alternative, every seed's figure in it), and the summary paragraphs.
 */
import { drawSafely } from '../charts/chart-failure';
import type { ChartPalette } from '../charts/chart-palette';
import { placeholder } from '../charts/chart-slot';
import type { ComparisonOutlets } from './comparison-form';
import { percent, type LabelledSummary } from './seed-accuracy';
import { renderSeedAccuracyChart } from './seed-accuracy-chart';
import { seedAccuracyRows } from './seed-accuracy-table';

export interface AccuracyView {
  elements: Pick<ComparisonOutlets, 'resultRows' | 'accuracyChart' | 'accuracyCaption'>;
  summaries: readonly LabelledSummary[];
  finishedRuns: number;
  /** What one arm is, e.g. "network", "activation". */
  armNoun: string;
  palette: ChartPalette;
  colours: readonly string[];
  width: number;
}

export function describeAccuracyChart(summaries: readonly LabelledSummary[], finishedRuns: number, armNoun: string): string {
  if (finishedRuns === 0) return `Test accuracy of every run, with the mean and ± one standard deviation per ${armNoun}: no runs finished yet.`;
  const perArm = summaries.map((s) => `${s.label}: ${s.accuracies.map((a) => percent(a)).join(', ') || 'no runs yet'}.`).join(' ');
  return `Test accuracy of every run (hollow markers, one per seed) with the mean (filled marker) and a bar of ± one standard deviation, per ${armNoun}. ${perArm}`;
}

export function paintAccuracy(view: AccuracyView): void {
  const { elements, summaries, palette, colours, width } = view;
  elements.resultRows.replaceChildren(...seedAccuracyRows(summaries));
  const text = describeAccuracyChart(summaries, view.finishedRuns, view.armNoun);
  elements.accuracyCaption.textContent = text;
  drawSafely(elements.accuracyChart, () => {
    elements.accuracyChart.replaceChildren(view.finishedRuns === 0
      ? placeholder('The first run is training.')
      : renderSeedAccuracyChart({ summaries, palette, colours, width, ariaLabel: text }));
  });
}
