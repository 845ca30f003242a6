/** The bias race's drawing: one decision map per arm, the fitted lines, and the results table. */
import type { Line, Bounds, Dataset, GridPrediction } from '../../../lab/index';
import type { ChartPalette } from '../../ui/charts/chart-palette';
import type { DecisionMapOptions, LabelledPoint } from '../../ui/live-maps/decision-map';
import { formatFixed, formatPercent } from '../../ui/text/number-format';
import { seriesStyle } from '../../ui/charts/series-style';
import { renderLineChart } from './bias-line-chart';
import { GRID_RESOLUTION } from './bias-race-config';
import { writeResult, type ArmKey, type BiasRaceElements, type MapSlot } from './bias-race-dom';

const MAP_MIN_SIZE = 200;
const MAP_MAX_SIZE = 300;
const LINE_HEIGHT = 260;
const LINE_MAX_WIDTH = 720;
const SIGMOID_COLOUR_DOMAIN: [number, number, number] = [0, 0.5, 1];
const BOUNDARY_LEVEL = 0.5;
/** Series styles: the model with biases is series 0 (solid), the one without is series 1 (dashed). */
const STYLE_INDEX: Readonly<Record<ArmKey, number>> = { with: 0, without: 1 };
export const ARM_TITLES: Readonly<Record<ArmKey, string>> = { without: 'Without biases', with: 'With biases' };

export interface ArmState {
  phase: 'waiting' | 'running' | 'done' | 'stopped' | 'diverged';
  epoch: number;
  testAccuracy?: number;
  grid?: GridPrediction;
  line?: Line;
  lineMse?: number;
}

function placeholder(text: string): HTMLElement {
  return Object.assign(document.createElement('p'), { className: 'placeholder', textContent: text });
}

export function testPoints(dataset: Dataset): LabelledPoint[] {
  return dataset.test.xs.map(([x = 0, y = 0], index) => ({ x, y, label: dataset.test.ys[index] ?? 0 }));
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

/**
 * An untrained map: every cell at the neutral 0.5, so only the data and the origin show. It has the
 * sampled grids' resolution, so the first grid of a run only recolours it.
 */
function neutralGrid(bounds: Bounds): GridPrediction {
  return { ...bounds, resolution: GRID_RESOLUTION, values: new Float32Array(GRID_RESOLUTION * GRID_RESOLUTION).fill(BOUNDARY_LEVEL) };
}

/** What every map of one race shares: the test points, the plane and the colours. */
export interface MapScene {
  points: readonly LabelledPoint[];
  bounds: Bounds;
  palette: ChartPalette;
  /** The map's side in pixels (mapSize, read before the paint changes the page). */
  size: number;
}

export function mapSize(slot: MapSlot): number {
  return Math.round(Math.max(MAP_MIN_SIZE, Math.min(MAP_MAX_SIZE, slot.chart.clientWidth || MAP_MAX_SIZE)));
}

/** The decision map for one arm's state; `withCurve` adds the dashed 0.5 curve to a trained map. */
export function mapOptions(arm: ArmKey, state: ArmState, scene: MapScene, withCurve: boolean): DecisionMapOptions {
  const caption = mapCaption(arm, state);
  const trained = state.grid !== undefined;
  const curve = trained && withCurve;
  const description = trained
    ? `Background: the network’s probability of the upper blob;${curve ? ' dashed curve: where it is 0.5;' : ''} ring: the origin;`
    : 'No model yet: the ring marks the origin;';
  return {
    grid: state.grid ?? neutralGrid(scene.bounds),
    points: scene.points,
    colourDomain: SIGMOID_COLOUR_DOMAIN,
    palette: scene.palette,
    size: scene.size,
    ...(curve ? { contourAt: BOUNDARY_LEVEL } : {}),
    marker: { x: 0, y: 0 },
    ariaLabel: `Decision map. ${caption} ${description} test points on top, lower blob as circles and upper blob as triangles.`,
  };
}

export function describeLines(states: Readonly<Record<ArmKey, ArmState>>, truth: Line): string {
  const fitted = (['without', 'with'] as const).flatMap((arm) => {
    const { line, lineMse } = states[arm];
    if (!line || lineMse === undefined) return [];
    return [`${ARM_TITLES[arm].toLowerCase()}: y = ${formatFixed(line.w)}x + ${formatFixed(line.b)}, test mean squared error ${formatFixed(lineMse, 3)}`];
  });
  const base = `Noisy points from y = ${truth.w}x + ${truth.b}`;
  return fitted.length === 0 ? `${base}: not fitted yet.` : `${base}, with the fitted lines. ${fitted.join('; ')}.`;
}

export function drawLines(
  elements: BiasRaceElements,
  dataset: Dataset,
  states: Readonly<Record<ArmKey, ArmState>>,
  truth: Line,
  palette: ChartPalette,
  colours: readonly string[],
  /** The slot's width, read before the paint changed the page. */
  slotWidth: number,
): void {
  const caption = describeLines(states, truth);
  elements.lineCaption.textContent = caption;
  const fitted = (['without', 'with'] as const).flatMap((arm) => {
    const line = states[arm].line;
    const index = STYLE_INDEX[arm];
    return line ? [{ label: ARM_TITLES[arm].toLowerCase(), line, style: seriesStyle(index), colour: colours[index] ?? palette.fg }] : [];
  });
  if (fitted.length === 0) {
    elements.line.replaceChildren(placeholder('Press Train to fit the two lines.'));
    return;
  }
  const xs = dataset.train.xs.map(([x = 0]) => x);
  const width = Math.min(LINE_MAX_WIDTH, Math.max(300, slotWidth || LINE_MAX_WIDTH));
  elements.line.replaceChildren(
    renderLineChart({
      points: dataset.train.xs.map(([x = 0], index) => ({ x, y: dataset.train.ys[index] ?? 0 })),
      truth,
      fitted,
      xDomain: [Math.min(0, ...xs), Math.max(...xs)],
      palette,
      width,
      height: LINE_HEIGHT,
      ariaLabel: `${caption} A plus marks the origin.`,
    }),
  );
}

export function drawResults(elements: BiasRaceElements, states: Readonly<Record<ArmKey, ArmState>>): void {
  for (const arm of ['without', 'with'] as const) {
    const { testAccuracy, line, lineMse } = states[arm];
    writeResult(elements.results, 'accuracy', arm, testAccuracy === undefined ? '–' : formatPercent(testAccuracy));
    writeResult(elements.results, 'w', arm, line ? formatFixed(line.w) : '–');
    writeResult(elements.results, 'b', arm, line ? (arm === 'without' ? '0 (no bias)' : formatFixed(line.b)) : '–');
    writeResult(elements.results, 'mse', arm, lineMse === undefined ? '–' : formatFixed(lineMse, 3));
  }
}
