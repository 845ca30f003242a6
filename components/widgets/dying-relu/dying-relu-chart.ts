/**
 * The fraction of dead units in each hidden layer over the epochs, in two panels: ReLU and leaky ReLU
 * trained from the same start. Each layer has its own colour, dash pattern and marker shape.
 */
import * as Plot from '@observablehq/plot';
import type { DeadUnitSnapshot, DyingReluArm } from '../../../lab/index';
import { plotStyle, type ChartPalette } from '../../ui/charts/chart-palette';
import { LAYER_DASHES, LAYER_SYMBOLS, STACK_BELOW_WIDTH } from './dying-relu-config';

interface Point {
  layer: string;
  epoch: number;
  fraction: number;
}

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

export function layerName(index: number): string {
  return `layer ${index + 1}`;
}

function points(snapshots: readonly DeadUnitSnapshot[]): Point[] {
  return snapshots.flatMap((snapshot) => snapshot.report.layers.map((layer, index) => ({
    layer: layerName(index),
    epoch: snapshot.epoch,
    fraction: layer.units > 0 ? layer.dead / layer.units : 0,
  })));
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

function describeArm(snapshots: readonly DeadUnitSnapshot[], arm: DyingReluArm, name: string): string {
  const latest = snapshots.filter((snapshot) => snapshot.arm === arm).at(-1);
  if (!latest) return `${name}: not measured yet.`;
  const layers = latest.report.layers.map((layer, index) => `${layerName(index)} ${percent(layer.dead / layer.units)}`).join(', ');
  return `${name} at epoch ${latest.epoch}: ${layers}.`;
}

/** The text alternative: the latest dead fraction of every layer in both runs. */
export function describeDeadUnitChart(snapshots: readonly DeadUnitSnapshot[], armNames: DeadUnitChartOptions['armNames']): string {
  const arms = Object.keys(armNames) as DyingReluArm[];
  return `Fraction of dead units per hidden layer over the epochs. ${arms.map((arm) => describeArm(snapshots, arm, armNames[arm])).join(' ')}`;
}

function renderPanel(options: DeadUnitChartOptions, arm: DyingReluArm, width: number): SVGSVGElement | HTMLElement {
  const { snapshots, armNames, totalEpochs, layers, palette, colours, height } = options;
  const data = points(snapshots.filter((snapshot) => snapshot.arm === arm));
  const layerNames = Array.from({ length: layers }, (_, index) => layerName(index));
  const byLayer = (name: string) => data.filter((point) => point.layer === name);
  const chart = Plot.plot({
    width,
    height,
    marginLeft: 48,
    marginBottom: 36,
    marginTop: 30,
    marginRight: 14,
    style: plotStyle(palette),
    ariaLabel: `Fraction of dead units per hidden layer over the epochs. ${describeArm(snapshots, arm, armNames[arm])}`,
    x: { domain: [0, Math.max(1, totalEpochs)], label: 'epoch', labelAnchor: 'right', labelArrow: 'none' },
    y: { domain: [0, 1], label: 'dead fraction', labelArrow: 'none', grid: true, tickFormat: '.0%' },
    marks: [
      Plot.frame({ stroke: palette.border, ariaHidden: 'true' }),
      Plot.text([armNames[arm]], { frameAnchor: 'top', dy: -20, fontWeight: 600, fontSize: 13, fill: palette.fg, ariaHidden: 'true' }),
      ...layerNames.flatMap((name, index) => {
        const stroke = colours[index % colours.length];
        const style = { x: 'epoch', y: 'fraction', stroke, ariaHidden: 'true' };
        return [
          Plot.line(byLayer(name), { ...style, strokeWidth: 2, strokeDasharray: LAYER_DASHES[index % LAYER_DASHES.length] }),
          Plot.dot(byLayer(name), { ...style, fill: palette.bg, r: 3.5, strokeWidth: 1.6, symbol: LAYER_SYMBOLS[index % LAYER_SYMBOLS.length] }),
        ];
      }),
    ],
  });
  chart.setAttribute('role', 'img');
  return chart;
}

/** The two panels, side by side when there is room and stacked when there is not. */
export function renderDeadUnitCharts(options: DeadUnitChartOptions): HTMLElement {
  const stacked = options.width < STACK_BELOW_WIDTH;
  const panelWidth = stacked ? options.width : Math.floor(options.width / 2);
  const container = document.createElement('div');
  container.className = 'panels';
  container.style.display = 'flex';
  container.style.flexWrap = 'wrap';
  container.style.justifyContent = 'center';
  container.append(...(Object.keys(options.armNames) as DyingReluArm[]).map((arm) => renderPanel(options, arm, panelWidth)));
  return container;
}
