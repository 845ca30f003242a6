/**
 * The bias race's own drawing: its data (the blobs on a square that holds the origin, the line), each
 * network's map look (a ring at the origin, the 0.5 curve once trained), the fitted lines over the
 * noisy points (a line overlay: the true line and each model's line labelled at the right edge, a plus
 * at the origin, which the bias-free line always passes through), and the results table's rows.
 */
import * as Plot from '@observablehq/plot';
import { BIAS_LINE, biasArmId, biasBlobs, biasLine, type Bounds, type Dataset, type Line } from '../../../lab/index';
import type { ChartPalette } from '../../ui/charts/chart-palette';
import { clampWidth, placeholder } from '../../ui/charts/chart-slot';
import { renderLineOverlay, styledSeries, type OverlaySeries } from '../../ui/charts/line-overlay';
import { seriesStyle } from '../../ui/charts/series-style';
import { armCaption, hasFinished, type ArmState } from '../../ui/comparison/arm-state';
import { sigmoidArmMaps } from '../../ui/comparison/sigmoid-arm-maps';
import { labelledPoints } from '../../ui/live-maps/plane-chart';
import { formatFixed, formatPercent } from '../../ui/text/number-format';
import { ARM_KEYS, ARM_TITLES, GRID_RESOLUTION, PLANE_PADDING, type ArmKey } from './bias-race-config';

const LINE_HEIGHT = 260;
const LINE_LABEL_WIDTH = 104;
const Y_MARGIN = 0.5;
/** Series styles: the model with biases is series 0 (solid), the one without series 1 (dashed); the true line is dotted. */
const STYLE_INDEX: Readonly<Record<ArmKey, number>> = { with: 0, without: 1 };
const TRUE_LINE_STYLE = 2;
const TRUE_LINE: Line = { w: BIAS_LINE.slope, b: BIAS_LINE.intercept };

/** The four arms in run order, each named by its bias: the networks on the blobs, then the units on the line. */
export const BIAS_ARMS = (['classify', 'regress'] as const).flatMap((task) => ARM_KEYS.map((key) => ({ id: biasArmId(task, key === 'with'), label: ARM_TITLES[key] })));

export interface BiasData {
  blobs: Dataset;
  line: Dataset;
  /** The square a decision map shows: every point and the origin, with some room around them. */
  bounds: Bounds;
}

export function biasData({ seed, shift }: { seed: number; shift: number }): BiasData {
  const blobs = biasBlobs(seed, shift);
  const values = [0, ...[...blobs.train.xs, ...blobs.test.xs].flat()];
  const min = Math.floor(Math.min(...values) - PLANE_PADDING);
  const max = Math.ceil(Math.max(...values) + PLANE_PADDING);
  return { blobs, line: biasLine(seed), bounds: { xMin: min, xMax: max, yMin: min, yMax: max } };
}

export function biasMaps(data: () => BiasData) {
  return sigmoidArmMaps({
    resolution: GRID_RESOLUTION, size: [200, 300], bounds: () => data().bounds, points: () => labelledPoints(data().blobs.test),
    endedInFull: true, marker: { x: 0, y: 0 },
    describe: (arm, full) => {
      const description = arm.grid
        ? `Background: the network’s probability of the upper blob;${full ? ' dashed curve: where it is 0.5;' : ''} ring: the origin;`
        : 'No model yet: the ring marks the origin;';
      return `Decision map. ${armCaption(arm)} ${description} test points on top, lower blob as circles and upper blob as triangles.`;
    },
  });
}

/** The arm for this task and bias, and the line a unit fitted (with its test error) once its run finished. */
export const armOf = (arms: readonly ArmState[], task: 'classify' | 'regress', key: ArmKey): ArmState | undefined =>
  arms.find((arm) => arm.id === biasArmId(task, key === 'with'));

export function fittedLine(arms: readonly ArmState[], key: ArmKey): { line: Line; mse: number } | undefined {
  const arm = armOf(arms, 'regress', key);
  const line = arm && hasFinished(arm) ? arm.record?.probes.line : undefined;
  return line && { line, mse: arm!.testLoss ?? NaN };
}

export function describeLines(arms: readonly ArmState[], truth: Line): string {
  const fitted = ARM_KEYS.flatMap((key) => {
    const fit = fittedLine(arms, key);
    if (!fit) return [];
    return [`${ARM_TITLES[key].toLowerCase()}: y = ${formatFixed(fit.line.w)}x + ${formatFixed(fit.line.b)}, test mean squared error ${formatFixed(fit.mse, 3)}`];
  });
  const base = `Noisy points from y = ${truth.w}x + ${truth.b}`;
  return fitted.length === 0 ? `${base}: not fitted yet.` : `${base}, with the fitted lines. ${fitted.join('; ')}.`;
}

export interface LineScene {
  chart: HTMLElement;
  caption: HTMLElement;
  palette: ChartPalette;
  colours: readonly string[];
  /** The slot's width, read before the paint changed the page. */
  slotWidth: number;
}

export function drawLines(dataset: Dataset, arms: readonly ArmState[], scene: LineScene): void {
  const { palette, colours } = scene;
  const caption = describeLines(arms, TRUE_LINE);
  scene.caption.textContent = caption;
  const xs = dataset.train.xs.map(([x = 0]) => x);
  const xDomain: [number, number] = [Math.min(0, ...xs), Math.max(...xs)];
  const segment = ({ w, b }: Line) => xDomain.map((x) => ({ x, y: w * x + b }));
  const fitted = ARM_KEYS.flatMap((key): OverlaySeries[] => {
    const fit = fittedLine(arms, key);
    return fit ? [styledSeries(ARM_TITLES[key].toLowerCase(), STYLE_INDEX[key], segment(fit.line), colours)] : [];
  });
  if (fitted.length === 0) {
    scene.chart.replaceChildren(placeholder('Press Train to fit the two lines.'));
    return;
  }
  const points = dataset.train.xs.map(([x = 0], index) => ({ x, y: dataset.train.ys[index] ?? 0 }));
  // The true line first, so the fitted lines are drawn over it.
  const series = [{ label: 'true line', points: segment(TRUE_LINE), style: seriesStyle(TRUE_LINE_STYLE), colour: palette.fg }, ...fitted];
  const ys = [0, ...points.map((point) => point.y), ...fitted.flatMap((entry) => entry.points.map((point) => point.y))];
  scene.chart.replaceChildren(renderLineOverlay({
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

/** The table: one row per measure, a column per arm (without biases, then with). */
export function biasRows(arms: readonly ArmState[]): string[][] {
  const both = (measure: string, text: (key: ArmKey) => string): string[] => [measure, ...ARM_KEYS.map(text)];
  const accuracy = (key: ArmKey): number | undefined => armOf(arms, 'classify', key)?.testAccuracy;
  const fit = (key: ArmKey) => fittedLine(arms, key);
  return [
    both('Blobs: test accuracy', (key) => (accuracy(key) === undefined ? '–' : formatPercent(accuracy(key)!))),
    both('Line: slope w', (key) => (fit(key) ? formatFixed(fit(key)!.line.w) : '–')),
    both('Line: intercept b', (key) => (!fit(key) ? '–' : key === 'without' ? '0 (no bias)' : formatFixed(fit(key)!.line.b))),
    both('Line: test mean squared error', (key) => (fit(key) ? formatFixed(fit(key)!.mse, 3) : '–')),
  ];
}
