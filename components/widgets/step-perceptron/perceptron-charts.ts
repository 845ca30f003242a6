/** The widget's own charts: the three-class map and the step's gradient, drawn with the shared chart parts and Plot. */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../../../lab/index';
import { plotStyle, type ChartPalette } from '../../ui/charts/chart-palette';
import { datasetPoints } from '../../ui/live-maps/plane-chart';
import { readClassColours, renderClassMap } from '../../ui/live-maps/class-map';
import type { RenderedPlot } from '../../ui/live-maps/decision-map';
import { unitBoundary } from '../../ui/live-maps/unit-plane';
import { mixHex } from '../../ui/charts/colour';
import { markAsImage } from '../../ui/charts/plot-image';
import { stepGrid, type GradientSample, type ThreeClassOutcome } from './perceptron-runs';
import { PLANE } from './step-perceptron-config';

const GRADIENT_HEIGHT = 210;
/** How strongly the background tints towards the class an output names. */
const BACKGROUND_TINT = 0.38;

/**
 * The three-class map with the unit's output and boundary (before a run, the neutral map), its
 * background tinted towards the class each output names. It changes only when a run ends, so it is
 * drawn anew rather than recoloured.
 */
export function renderThreeClassMap(dataset: Dataset, outcome: ThreeClassOutcome | undefined, palette: ChartPalette, size: number, ariaLabel: string): RenderedPlot {
  const classColours = readClassColours(3);
  const tint = (colour: string) => mixHex(colour, palette.bg, BACKGROUND_TINT);
  return renderClassMap({
    grid: outcome?.grid ?? stepGrid(),
    points: datasetPoints(dataset),
    classColours,
    background: { domain: [0, 0.5, 1], range: [tint(classColours[0]!), palette.bg, tint(classColours[1]!)] },
    palette,
    size,
    ariaLabel,
    boundary: outcome && unitBoundary(outcome.unit, PLANE),
  });
}

export function renderGradientChart(samples: readonly GradientSample[], palette: ChartPalette, width: number, ariaLabel: string) {
  const first = samples[0]!.z;
  const last = samples.at(-1)!.z;
  const stepLine = [
    { z: first, f: 0, part: 'below' }, { z: 0, f: 0, part: 'below' },
    { z: 0, f: 1, part: 'above' }, { z: last, f: 1, part: 'above' },
  ];
  const chart = Plot.plot({
    width,
    height: GRADIENT_HEIGHT,
    marginLeft: 40,
    marginBottom: 34,
    marginTop: 14,
    style: plotStyle(palette),
    x: { domain: [first, last], label: 'z', labelAnchor: 'right', labelArrow: 'none' },
    y: { domain: [-0.3, 1.3], ticks: [0, 1], label: null, grid: true },
    marks: [
      Plot.ruleX([0], { stroke: palette.border, strokeDasharray: '3 3', ariaHidden: 'true' }),
      Plot.line(stepLine, { x: 'z', y: 'f', z: 'part', stroke: palette.fg, strokeWidth: 2.2, ariaHidden: 'true' }),
      Plot.dot([{ z: 0, f: 0 }], { x: 'z', y: 'f', r: 4, stroke: palette.fg, fill: palette.bg, strokeWidth: 1.6, ariaHidden: 'true' }),
      Plot.dot([{ z: 0, f: 1 }], { x: 'z', y: 'f', r: 4, fill: palette.fg, ariaHidden: 'true' }),
      Plot.dot(samples, { x: 'z', y: 'slope', r: 2.6, symbol: 'diamond', fill: palette.accent, ariaHidden: 'true' }),
      Plot.text([{ z: last, f: 1 }], { x: 'z', y: 'f', text: () => 'f(z)', dy: -10, textAnchor: 'end', fill: palette.fg, ariaHidden: 'true' }),
      Plot.text([{ z: last, f: 0 }], { x: 'z', y: 'f', text: () => 'f′(z) by backprop', dy: -14, textAnchor: 'end', fill: palette.accent, fontWeight: 600, ariaHidden: 'true' }),
    ],
  });
  return markAsImage(chart, ariaLabel);
}
