/** The comparison's two parts: the accuracy table, chart and summary; and the trained β chart. */
import { INITIAL_BETA } from '../../../lab/index';
import { drawSafely } from '../../ui/charts/chart-failure';
import { readPalette } from '../../ui/charts/chart-palette';
import { readSeriesColours } from '../../ui/charts/series-style';
import { clampWidth, placeholder, showParagraphs } from '../../ui/charts/chart-slot';
import { paintAccuracy } from '../../ui/comparison/comparison-accuracy-view';
import type { ComparisonOutlets } from '../../ui/comparison/comparison-form';
import { describeSeedComparison } from '../../ui/comparison/seed-accuracy';
import { labelledSummaries, type ComparisonResults } from '../../ui/comparison/seed-comparison-results';
import { ACCURACY_CHART_MAX_WIDTH, BETA_CHART_MAX_WIDTH, CHART_MIN_WIDTH, TRAINED_ARM, type SwishSettings } from './swish-vs-relu-config';
import { renderBetaChart } from './swish-vs-relu-charts';
import { betaSpreads, describeBetas } from './swish-vs-relu-summary';

/** Drawn one per frame: the table, accuracy chart and summary; then the β chart (redrawn only after a trained-β run). */
export const PARTS = ['accuracy', 'betas'] as const;

export interface SwishOutlets extends ComparisonOutlets {
  betaChart: HTMLElement;
  betaCaption: HTMLElement;
}

type SwishResults = ComparisonResults<SwishSettings>;
const trainedSpreads = (results: SwishResults) => betaSpreads(results.runs.filter((run) => run.arm === TRAINED_ARM));

export function drawSwishPart(part: string, results: SwishResults, outlets: SwishOutlets, width: (element: HTMLElement) => number): void {
  const palette = readPalette();
  const colours = readSeriesColours();
  const spreads = trainedSpreads(results);
  const { sharing } = results.settings;
  if (part === 'accuracy') {
    const summaries = labelledSummaries(results);
    const finishedRuns = results.runs.length;
    paintAccuracy({ elements: outlets, summaries, finishedRuns, armNoun: 'activation', palette, colours, width: clampWidth(width(outlets.accuracyChart), CHART_MIN_WIDTH, ACCURACY_CHART_MAX_WIDTH) });
    showParagraphs(outlets.summary, finishedRuns === 0 ? [] : [
      ...describeSeedComparison(summaries, results.runs, results.testExamples, { armId: 'relu', role: 'reference' }),
      describeBetas(spreads, sharing, INITIAL_BETA),
    ]);
    return;
  }
  const betaText = spreads.length === 0
    ? 'The trained β values: no trained-β run has finished yet.'
    : `The trained β values, ${sharing === 'layer' ? 'one marker per seed and hidden layer' : 'a histogram per hidden layer over all units and seeds'}. ${describeBetas(spreads, sharing, INITIAL_BETA)}`;
  outlets.betaCaption.textContent = betaText;
  drawSafely(outlets.betaChart, () => {
    outlets.betaChart.replaceChildren(spreads.length === 0
      ? placeholder('The trained β values appear here after the first trained-β run.')
      : renderBetaChart({ spreads, sharing, initialBeta: INITIAL_BETA, palette, colours, width: clampWidth(width(outlets.betaChart), CHART_MIN_WIDTH, BETA_CHART_MAX_WIDTH), ariaLabel: betaText }));
  });
}
