/**
 * The bias race's drawing: one decision map per arm, the fitted lines over the noisy points (a line
 * overlay: the true line and each model's line labelled at the right edge, a plus at the origin,
 * which the bias-free line always passes through), and the results table.
 */
import * as Plot from '@observablehq/plot';
import type { Line, Bounds, Dataset, GridPrediction } from '../../../lab/index';
import type { ChartPalette } from '../../ui/charts/chart-palette';
import { clampWidth, placeholder } from '../../ui/charts/chart-slot';
import { renderLineOverlay, styledSeries, type OverlaySeries } from '../../ui/charts/line-overlay';
import { seriesStyle } from '../../ui/charts/series-style';
import { textTableRow } from '../../ui/charts/table-row';
import type { DecisionMapOptions, LabelledPoint } from '../../ui/live-maps/decision-map';
import { sigmoidMapOptions } from '../../ui/live-maps/sigmoid-map';
import { formatFixed, formatPercent } from '../../ui/text/number-format';
import { ARM_KEYS, ARM_TITLES, GRID_RESOLUTION, type ArmKey } from './bias-race-config';
import type { BiasRaceElements } from './bias-race-dom';

const LINE_HEIGHT = 260;
const LINE_LABEL_WIDTH = 104;
const Y_MARGIN = 0.5;
/** Series styles: the model with biases is series 0 (solid), the one without series 1 (dashed); the true line is dotted. */
const STYLE_INDEX: Readonly<Record<ArmKey, number>> = { with: 0, without: 1 };
const TRUE_LINE_STYLE = 2;

export interface ArmState {
  phase: 'waiting' | 'running' | 'done' | 'stopped' | 'diverged';
  epoch: number;
  testAccuracy?: number;
  grid?: GridPrediction;
  line?: Line;
  lineMse?: number;
}

export function mapCaption(arm: ArmKey, state: ArmState): string {
  const title = ARM_TITLES[arm];
  const accuracy = state.testAccuracy === undefined ? '' : `, test accuracy ${formatPercent(state.testAccuracy)}`;
  switch (state.phase) {
    case 'waiting':
      return `${title}: not trained yet.`;
    case 'running':
      return `${title}: epoch ${state.epoch}${accuracy}.`;
    case 'diverged':
      return `${title}: diverged at epoch ${state.epoch}.`;
    default:
      return `${title} after ${state.epoch} epochs${accuracy}.`;
  }
}

/** What every map of one race shares: the test points, the plane and the colours. */
export interface MapScene {
  points: readonly LabelledPoint[];
  bounds: Bounds;
  palette: ChartPalette;
  /** The map slot's width, read before the paint changes the page. */
  slotWidth: number;
}

/** The decision map for one arm's state; `withCurve` adds the dashed 0.5 curve to a trained map. */
export function mapOptions(arm: ArmKey, state: ArmState, scene: MapScene, withCurve: boolean): DecisionMapOptions {
  const curve = state.grid !== undefined && withCurve;
  const description = state.grid
    ? `Background: the network’s probability of the upper blob;${curve ? ' dashed curve: where it is 0.5;' : ''} ring: the origin;`
    : 'No model yet: the ring marks the origin;';
  return sigmoidMapOptions({
    grid: state.grid, bounds: scene.bounds, resolution: GRID_RESOLUTION, points: scene.points, palette: scene.palette,
    size: clampWidth(scene.slotWidth, 200, 300), boundary: withCurve, marker: { x: 0, y: 0 },
    ariaLabel: `Decision map. ${mapCaption(arm, state)} ${description} test points on top, lower blob as circles and upper blob as triangles.`,
  });
}

export function describeLines(states: Readonly<Record<ArmKey, ArmState>>, truth: Line): string {
  const fitted = ARM_KEYS.flatMap((arm) => {
    const { line, lineMse } = states[arm];
    if (!line || lineMse === undefined) return [];
    return [`${ARM_TITLES[arm].toLowerCase()}: y = ${formatFixed(line.w)}x + ${formatFixed(line.b)}, test mean squared error ${formatFixed(lineMse, 3)}`];
  });
  const base = `Noisy points from y = ${truth.w}x + ${truth.b}`;
  return fitted.length === 0 ? `${base}: not fitted yet.` : `${base}, with the fitted lines. ${fitted.join('; ')}.`;
}

export interface LineScene {
  palette: ChartPalette;
  colours: readonly string[];
  /** The slot's width, read before the paint changed the page. */
  slotWidth: number;
}

export function drawLines(elements: BiasRaceElements, dataset: Dataset, states: Readonly<Record<ArmKey, ArmState>>, truth: Line, scene: LineScene): void {
  const { palette, colours } = scene;
  const caption = describeLines(states, truth);
  elements.lineCaption.textContent = caption;
  const xs = dataset.train.xs.map(([x = 0]) => x);
  const xDomain: [number, number] = [Math.min(0, ...xs), Math.max(...xs)];
  const segment = ({ w, b }: Line) => xDomain.map((x) => ({ x, y: w * x + b }));
  const fitted = ARM_KEYS.flatMap((arm): OverlaySeries[] => {
    const { line } = states[arm];
    return line ? [styledSeries(ARM_TITLES[arm].toLowerCase(), STYLE_INDEX[arm], segment(line), colours)] : [];
  });
  if (fitted.length === 0) {
    elements.line.replaceChildren(placeholder('Press Train to fit the two lines.'));
    return;
  }
  const points = dataset.train.xs.map(([x = 0], index) => ({ x, y: dataset.train.ys[index] ?? 0 }));
  // The true line first, so the fitted lines are drawn over it.
  const series = [{ label: 'true line', points: segment(truth), style: seriesStyle(TRUE_LINE_STYLE), colour: palette.fg }, ...fitted];
  const ys = [0, ...points.map((point) => point.y), ...fitted.flatMap((entry) => entry.points.map((point) => point.y))];
  elements.line.replaceChildren(renderLineOverlay({
    series,
    xDomain,
    yDomain: [Math.min(...ys) - Y_MARGIN, Math.max(...ys) + Y_MARGIN],
    xLabel: 'x',
    yLabel: 'y',
    width: clampWidth(scene.slotWidth, 300, 720),
    height: LINE_HEIGHT,
    palette,
    ariaLabel: `${caption} A plus marks the origin.`,
    labelWidth: LINE_LABEL_WIDTH,
    verticalZero: true,
    background: [
      Plot.dot(points, { x: 'x', y: 'y', r: 2.4, fill: palette.muted, fillOpacity: 0.7, ariaHidden: 'true' }),
      Plot.dot([{ x: 0, y: 0 }], { x: 'x', y: 'y', r: 6, symbol: 'plus', stroke: palette.fg, strokeWidth: 2, ariaHidden: 'true' }),
    ],
  }));
}

export function drawResults(elements: BiasRaceElements, states: Readonly<Record<ArmKey, ArmState>>): void {
  const [without, withBias] = [states.without, states.with];
  const both = (measure: string, text: (state: ArmState, arm: ArmKey) => string) => textTableRow([measure, text(without, 'without'), text(withBias, 'with')]);
  elements.results.replaceChildren(
    both('Blobs: test accuracy', ({ testAccuracy }) => (testAccuracy === undefined ? '–' : formatPercent(testAccuracy))),
    both('Line: slope w', ({ line }) => (line ? formatFixed(line.w) : '–')),
    both('Line: intercept b', ({ line }, arm) => (!line ? '–' : arm === 'without' ? '0 (no bias)' : formatFixed(line.b))),
    both('Line: test mean squared error', ({ lineMse }) => (lineMse === undefined ? '–' : formatFixed(lineMse, 3))),
  );
}
