/**
 * The static figure shown before the live widget loads (and for readers without JavaScript): f and f′
 * of the default curves as SVG polylines, computed at build time from the catalog's plain functions.
 */
import { spreadLabels } from '../../ui/charts/direct-labels';
import { seriesStyle, type SeriesStyle } from '../../ui/charts/series-style';
import { chartLabels, formatValue, sampleCurve, valueDomain, type ExplorerCurve } from './explorer-curves';

export const STATIC_SIZE = { width: 340, height: 230 } as const;
const MARGIN = { left: 40, right: 92, top: 12, bottom: 30 } as const;
const LABEL_GAP_PX = 14;
const Y_TICK_TARGET = 5;

export interface StaticLine {
  points: string;
  style: SeriesStyle;
  label: string;
  /** Where the end marker sits and where its label sits (pixels). */
  end: { x: number; y: number };
  labelY: number;
}

export interface StaticTick {
  value: string;
  at: number;
}

export interface StaticPanel {
  title: string;
  lines: StaticLine[];
  xTicks: StaticTick[];
  yTicks: StaticTick[];
  /** Pixel positions of the x = 0 and y = 0 axes, when inside the plot. */
  zero: { x: number; y: number };
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Round tick values (1, 2 or 5 times a power of ten) spanning [lo, hi]. */
export function niceTicks(lo: number, hi: number, target = Y_TICK_TARGET): number[] {
  const raw = (hi - lo) / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let value = Math.ceil(lo / step) * step; value <= hi + step * 1e-9; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

function panel(
  title: string,
  curves: readonly ExplorerCurve[],
  series: readonly number[][],
  xs: readonly number[],
  minSpan: number,
): StaticPanel {
  const { width, height } = STATIC_SIZE;
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const [x0, x1] = [xs[0]!, xs[xs.length - 1]!];
  const [y0, y1] = valueDomain(series, minSpan);
  const px = (x: number) => plot.left + ((x - x0) / (x1 - x0)) * (plot.right - plot.left);
  const py = (y: number) => plot.bottom - ((Math.min(y1, Math.max(y0, y)) - y0) / (y1 - y0)) * (plot.bottom - plot.top);
  const ends = series.map((values) => py(values[values.length - 1]!));
  const labelYs = spreadLabels(ends, LABEL_GAP_PX, [plot.top + 6, plot.bottom - 2]);
  const round = (value: number) => Math.round(value * 10) / 10;
  const labels = chartLabels(curves);
  return {
    title,
    plot,
    zero: { x: round(px(0)), y: round(py(0)) },
    lines: curves.map((curve, index) => ({
      points: xs.map((x, i) => `${round(px(x))},${round(py(series[index]![i]!))}`).join(' '),
      style: seriesStyle(index),
      label: labels[index]!,
      end: { x: round(px(x1)), y: round(ends[index]!) },
      labelY: round(labelYs[index]!),
    })),
    xTicks: niceTicks(x0, x1, 5).map((value) => ({ value: formatValue(value), at: round(px(value)) })),
    yTicks: niceTicks(y0, y1).map((value) => ({ value: formatValue(value), at: round(py(value)) })),
  };
}

/** The f panel and the f′ panel for these curves over `range`. */
export function staticPanels(curves: readonly ExplorerCurve[], range: readonly [number, number], count: number): [StaticPanel, StaticPanel] {
  const samples = curves.map((curve) => sampleCurve(curve, range, count));
  const xs = samples[0]?.xs ?? [range[0], range[1]];
  return [
    panel('f(x)', curves, samples.map((s) => s.values), xs, 1),
    panel('f′(x)', curves, samples.map((s) => s.slopes), xs, 1),
  ];
}

/** An SVG path for a marker symbol of radius r centred on (x, y), matching Plot's symbol names. */
export function symbolPath(symbol: SeriesStyle['symbol'], x: number, y: number, r: number): string {
  const p = (dx: number, dy: number) => `${Math.round((x + dx) * 10) / 10},${Math.round((y + dy) * 10) / 10}`;
  switch (symbol) {
    case 'circle':
      return `M${p(-r, 0)}A${r},${r} 0 1,0 ${p(r, 0)}A${r},${r} 0 1,0 ${p(-r, 0)}Z`;
    case 'square':
      return `M${p(-r, -r)}L${p(r, -r)}L${p(r, r)}L${p(-r, r)}Z`;
    case 'triangle':
      return `M${p(0, -r * 1.15)}L${p(r, r * 0.85)}L${p(-r, r * 0.85)}Z`;
    case 'diamond':
      return `M${p(0, -r * 1.2)}L${p(r * 0.8, 0)}L${p(0, r * 1.2)}L${p(-r * 0.8, 0)}Z`;
    case 'star': {
      const corners = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r * 1.2 : r * 0.5;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return p(radius * Math.cos(angle), radius * Math.sin(angle));
      });
      return `M${corners.join('L')}Z`;
    }
    case 'cross': {
      const a = r * 0.35;
      return `M${p(-a, -r)}L${p(a, -r)}L${p(a, -a)}L${p(r, -a)}L${p(r, a)}L${p(a, a)}L${p(a, r)}L${p(-a, r)}L${p(-a, a)}L${p(-r, a)}L${p(-r, -a)}L${p(-a, -a)}Z`;
    }
  }
}
