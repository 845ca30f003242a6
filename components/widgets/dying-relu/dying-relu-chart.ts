/**
 * The fraction of dead units in each hidden layer over the epochs, in two panels: ReLU and leaky ReLU
 * trained from the same start. Each panel is a line overlay: one line per layer, in the layer's series
 * colour, dash pattern and marker shape, with a marker on every count.
 */
import * as Plot from '@observablehq/plot';
import type { DeadUnitSnapshot, DyingReluArm } from '../../../lab/index';
import type { ChartPalette } from '../../ui/charts/chart-palette';
import { renderLineOverlay, styledSeries } from '../../ui/charts/line-overlay';
import { formatWholePercent } from '../../ui/text/number-format';
import { STACK_BELOW_WIDTH } from './dying-relu-config';
import { latestOf } from './dying-relu-readout';

const LABEL_WIDTH = 64;

export interface DeadUnitChartOptions {
  snapshots: readonly DeadUnitSnapshot[];
  armNames: Readonly<Record<DyingReluArm, string>>;
  totalEpochs: number;
  layers: number;
  palette: ChartPalette;
  colours: readonly string[];
  width: number;
  height: number;
}

function layerName(index: number): string {
  return `layer ${index + 1}`;
}

function describeArm(snapshots: readonly DeadUnitSnapshot[], arm: DyingReluArm, name: string): string {
  const latest = latestOf(snapshots, arm);
  if (!latest) return `${name}: not measured yet.`;
  const layers = latest.report.layers.map((layer, index) => `${layerName(index)} ${formatWholePercent(layer.dead / layer.units)}`).join(', ');
  return `${name} at epoch ${latest.epoch}: ${layers}.`;
}

/** The text alternative: the latest dead fraction of every layer in both runs. */
export function describeDeadUnitChart(snapshots: readonly DeadUnitSnapshot[], armNames: DeadUnitChartOptions['armNames']): string {
  const arms = Object.keys(armNames) as DyingReluArm[];
  return `Fraction of dead units per hidden layer over the epochs. ${arms.map((arm) => describeArm(snapshots, arm, armNames[arm])).join(' ')}`;
}

function renderPanel(options: DeadUnitChartOptions, arm: DyingReluArm, width: number): SVGSVGElement | HTMLElement {
  const { palette, colours } = options;
  const snapshots = options.snapshots.filter((snapshot) => snapshot.arm === arm);
  const series = Array.from({ length: options.layers }, (_, index) => styledSeries(layerName(index), index, snapshots.map(({ epoch, report }) => {
    const layer = report.layers[index];
    return { x: epoch, y: layer && layer.units > 0 ? layer.dead / layer.units : 0 };
  }), colours));
  return renderLineOverlay({
    series,
    xDomain: [0, Math.max(1, options.totalEpochs)],
    // Headroom above 100%, so the top tick stays clear of the axis label.
    yDomain: [0, 1.08],
    yScale: { ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], tickFormat: '.0%' },
    xLabel: 'epoch',
    yLabel: 'dead fraction',
    width,
    height: options.height,
    palette,
    ariaLabel: `Fraction of dead units per hidden layer over the epochs. ${describeArm(options.snapshots, arm, options.armNames[arm])}`,
    labelWidth: LABEL_WIDTH,
    markEveryPoint: true,
    background: [Plot.frame({ stroke: palette.border, ariaHidden: 'true' })],
  });
}

/** The two panels, each under its title, side by side when there is room and stacked when there is not. */
export function renderDeadUnitCharts(options: DeadUnitChartOptions): HTMLElement {
  const stacked = options.width < STACK_BELOW_WIDTH;
  const panelWidth = stacked ? options.width : Math.floor(options.width / 2);
  const container = Object.assign(document.createElement('div'), { className: 'dead-unit-panels' });
  container.append(...(Object.keys(options.armNames) as DyingReluArm[]).map((arm) => {
    const panel = document.createElement('div');
    panel.append(Object.assign(document.createElement('p'), { className: 'panel-title', textContent: options.armNames[arm] }), renderPanel(options, arm, panelWidth));
    return panel;
  }));
  return container;
}
