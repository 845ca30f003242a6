/**
 * A decision map for live training. The whole chart (axes, frame, data points) is drawn once by
 * renderDecisionMap; each later grid only recolours the raster image inside it (live-raster.ts), with
 * the chart's own colour scale sampled into a lookup table.
 * Use one per run (or per size/theme): the grid's bounds and resolution must stay the same.
 */
import type { GridPrediction } from '../../../lab/index';
import { renderDecisionMap, type DecisionMapOptions, type RenderedPlot } from './decision-map';
import { fillFromColourTable } from '../charts/colour-table';
import { colourScaleOf, colourTableOf, createLiveRaster, sameGridShape } from './live-raster';

export interface LiveDecisionMap {
  readonly element: RenderedPlot;
  /** Shows a new grid of the same bounds and resolution; the chart's text alternative becomes `label`. */
  update(grid: GridPrediction, label?: string): void;
}

export function createLiveDecisionMap(options: DecisionMapOptions): LiveDecisionMap {
  const element = renderDecisionMap(options);
  const scale = colourScaleOf(element);
  if (!scale) throw new Error('live decision map: the chart has no colour scale');
  const first = options.grid;
  const raster = createLiveRaster(element, first.resolution, 'live decision map');
  const [lo, , hi] = options.colourDomain;
  const table = colourTableOf(scale, lo, hi);

  return {
    element,
    update(grid, label) {
      if (!sameGridShape(first, grid)) throw new Error('live decision map: a new grid must keep the bounds and resolution of the first');
      raster.paint((pixels) => fillFromColourTable(pixels, grid.values, table, lo, hi));
      if (label !== undefined) raster.label(label);
    },
  };
}
