/**
 * The fraction of dead units in each hidden layer over the epochs, in two panels: ReLU and leaky ReLU
 * trained from the same start. Each layer has its own colour, dash pattern and marker shape.
 */
import * as Plot from '@observablehq/plot';
import type { DeadUnitSnapshot, DyingReluArm } from '../../../lab/analysis/index';
import { plotStyle, type ChartPalette } from '../../ui/chart-palette';
import { LAYER_DASHES, LAYER_SYMBOLS, STACK_BELOW_WIDTH } from './dying-relu-config';

interface Point {
  panel: string;
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

function points(snapshots: readonly DeadUnitSnapshot[], armNames: DeadUnitChartOptions['armNames']): Point[] {
  return snapshots.flatMap((snapshot) => snapshot.report.layers.map((layer, index) => ({
    panel: armNames[snapshot.arm],
    layer: layerName(index),
    epoch: snapshot.epoch,
    fraction: layer.units > 0 ? layer.dead / layer.units : 0,
  })));
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** The chart's text alternative: the latest dead fraction of every layer in both runs. */
export function describeDeadUnitChart(snapshots: readonly DeadUnitSnapshot[], armNames: DeadUnitChartOptions['armNames']): string {
  const parts = (Object.keys(armNames) as DyingReluArm[]).map((arm) => {
    const latest = snapshots.filter((snapshot) => snapshot.arm === arm).at(-1);
    if (!latest) return `${armNames[arm]}: not measured yet`;
    const layers = latest.report.layers.map((layer, index) => `${layerName(index)} ${percent(layer.dead / layer.units)}`).join(', ');
    return `${armNames[arm]} at epoch ${latest.epoch}: ${layers}`;
  });
  return `Fraction of dead units per hidden layer over the epochs. ${parts.join('. ')}.`;
}

export function renderDeadUnitChart(options: DeadUnitChartOptions): SVGSVGElement | HTMLElement {
  const { snapshots, armNames, totalEpochs, layers, palette, colours, width, height } = options;
  const data = points(snapshots, armNames);
  const layerNames = Array.from({ length: layers }, (_, index) => layerName(index));
  const stacked = width < STACK_BELOW_WIDTH;
  const panel = stacked ? { fy: 'panel' } : { fx: 'panel' };
  const panels = Object.values(armNames);
  const byLayer = (name: string) => data.filter((point) => point.layer === name);
  const chart = Plot.plot({
    width,
    height: stacked ? height * 2 : height,
    marginLeft: 48,
    marginBottom: 36,
    marginTop: 24,
    marginRight: stacked ? 16 : 12,
    style: plotStyle(palette),
    ariaLabel: describeDeadUnitChart(snapshots, armNames),
    fx: stacked ? undefined : { domain: panels, label: null, padding: 0.12 },
    fy: stacked ? { domain: panels, label: null, padding: 0.18, axis: 'top' } : undefined,
    x: { domain: [0, Math.max(1, totalEpochs)], label: 'epoch', labelAnchor: 'right', labelArrow: 'none' },
    y: { domain: [0, 1], label: 'dead fraction', labelArrow: 'none', grid: true, tickFormat: '.0%' },
    marks: [
      Plot.frame({ stroke: palette.border }),
      ...layerNames.flatMap((name, index) => {
        const stroke = colours[index % colours.length];
        const style = { x: 'epoch', y: 'fraction', ...panel, stroke };
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
