/** Draws the β explorer: f and f′ of Swish-β beside ReLU (with the minimum marked), the readout and the landmark note. */
import type { ChartPalette } from '../../ui/charts/chart-palette';
import { renderLineOverlay, type OverlaySeries } from '../../ui/charts/line-overlay';
import { seriesStyle } from '../../ui/charts/series-style';
import { CHART_HEIGHT, CHART_MAX_WIDTH, CHART_MIN_WIDTH, LABEL_WIDTH, SAMPLE_COUNT, SLOPE_DOMAIN, VALUE_DOMAIN, X_RANGE } from './swish-beta-config';
import { chartDescriptions, factLines, regimeText, sampleCurves, swishFacts } from './swish-beta-math';

/** Series styles: Swish first (solid, circle), ReLU second (dashed, square), the minimum marker third (triangle). */
const SWISH_STYLE = 0;
const RELU_STYLE = 1;
const MINIMUM_STYLE = 2;

export interface SwishBetaTargets {
  valueChart: HTMLElement;
  valueCaption: HTMLElement;
  slopeChart: HTMLElement;
  slopeCaption: HTMLElement;
  facts: HTMLElement;
  regime: HTMLElement;
}

function series(label: string, styleIndex: number, colours: readonly string[], palette: ChartPalette, xs: readonly number[], ys: readonly number[]): OverlaySeries {
  return {
    label,
    style: seriesStyle(styleIndex),
    colour: colours[styleIndex % colours.length] ?? palette.fg,
    points: xs.map((x, i) => ({ x, y: ys[i]! })),
  };
}

export function drawSwishBeta(beta: number, targets: SwishBetaTargets, palette: ChartPalette, colours: readonly string[]): void {
  const curves = sampleCurves(beta, X_RANGE, SAMPLE_COUNT);
  const facts = swishFacts(beta);
  const text = chartDescriptions(beta, X_RANGE);
  const width = Math.round(Math.max(CHART_MIN_WIDTH, Math.min(CHART_MAX_WIDTH, targets.valueChart.clientWidth || CHART_MAX_WIDTH)));
  const common = { xDomain: [X_RANGE[0], X_RANGE[1]] as [number, number], xLabel: 'x', width, height: CHART_HEIGHT, palette, labelWidth: LABEL_WIDTH, verticalZero: true };
  const minimum = facts.minimum;
  const minimumShown = minimum !== null && minimum.x >= X_RANGE[0] && minimum.x <= X_RANGE[1] && minimum.value >= VALUE_DOMAIN[0];
  targets.valueChart.replaceChildren(
    renderLineOverlay({
      ...common,
      series: [
        series('Swish', SWISH_STYLE, colours, palette, curves.xs, curves.swish.values),
        series('ReLU', RELU_STYLE, colours, palette, curves.xs, curves.relu.values),
        ...(minimumShown ? [series('minimum', MINIMUM_STYLE, colours, palette, [minimum.x], [minimum.value])] : []),
      ],
      yDomain: VALUE_DOMAIN,
      yLabel: 'f(x)',
      ariaLabel: text.value,
    }),
  );
  targets.valueCaption.textContent = text.value;
  targets.slopeChart.replaceChildren(
    renderLineOverlay({
      ...common,
      series: [
        series('Swish', SWISH_STYLE, colours, palette, curves.xs, curves.swish.slopes),
        series('ReLU', RELU_STYLE, colours, palette, curves.xs, curves.relu.slopes),
      ],
      yDomain: SLOPE_DOMAIN,
      yLabel: 'f′(x)',
      ariaLabel: text.slope,
    }),
  );
  targets.slopeCaption.textContent = text.slope;
  drawFacts(targets.facts, beta);
  targets.regime.textContent = regimeText(beta);
}

export function drawFacts(list: HTMLElement, beta: number): void {
  list.replaceChildren(
    ...factLines(swishFacts(beta), X_RANGE).flatMap(({ term, value }) => [
      Object.assign(document.createElement('dt'), { textContent: term }),
      Object.assign(document.createElement('dd'), { textContent: value }),
    ]),
  );
}
