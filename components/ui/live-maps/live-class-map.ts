/**
 * A class map (class-map.ts) for maps that change: the chart (axes, frame, data points) is drawn once;
 * each later grid only recolours the raster (live-raster.ts) with the chart's own background scale
 * and moves the boundary line, about a millisecond instead of a full Plot render.
 * Use one per size/theme/data set: the grid's bounds and resolution must stay the same.
 */
import type { GridPrediction } from '../../../lab/index';
import { renderClassMap, type ClassMapOptions } from './class-map';
import type { RenderedPlot } from './decision-map';
import type { Segment } from '../charts/line-segment';
import { createLiveSegment } from './live-segment';
import { fillFromColourTable } from '../charts/colour-table';
import { colourScaleOf, colourTableOf, createLiveRaster, sameGridShape } from './live-raster';

export interface LiveClassMap {
  readonly element: RenderedPlot;
  /** Shows a new grid of the same bounds and resolution and a new boundary; the text alternative becomes `label`. */
  update(grid: GridPrediction, boundary: Segment | undefined, label?: string): void;
}

/** Draws the map (its boundary as a movable line, not a Plot mark) and returns it with its updater. */
export function createLiveClassMap(options: ClassMapOptions): LiveClassMap {
  const { xMin, xMax, yMin, yMax } = options.grid;
  // A 2 × 2 stand-in over the same bounds: Plot draws it cheaply, and the real pixels follow at once.
  const standIn = { xMin, xMax, yMin, yMax, resolution: 2, values: new Float32Array(4).fill(0.5) };
  const element = renderClassMap({ ...options, grid: standIn, boundary: undefined });
  const scale = colourScaleOf(element);
  if (!scale) throw new Error('live class map: the chart has no colour scale');
  const first = options.grid;
  const raster = createLiveRaster(element, first.resolution, 'live class map');
  const line = createLiveSegment(element, options.palette.fg);
  const domain = options.background.domain;
  const lo = domain[0]!;
  const hi = domain[domain.length - 1]!;
  const table = colourTableOf(scale, lo, hi);

  const live: LiveClassMap = {
    element,
    update(grid, boundary, label) {
      if (!sameGridShape(first, grid)) throw new Error('live class map: a new grid must keep the bounds and resolution of the first');
      raster.paint((pixels) => fillFromColourTable(pixels, grid.values, table, lo, hi));
      line.update(boundary);
      if (label !== undefined) raster.label(label);
    },
  };
  live.update(first, options.boundary);
  return live;
}
