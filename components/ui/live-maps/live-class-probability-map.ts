/**
 * A class-probability map for live training. The chart (axes, frame, data points) is drawn once by
 * renderClassProbabilityMap; each later grid only rewrites the raster's pixels (live-raster.ts): the
 * winning class colour, with opacity from confidenceOpacity, as Plot's raster does.
 * Use one per run (or per size/theme/data): the grid's bounds and resolution must stay the same.
 */
import type { GridPrediction } from '../../../lab/index';
import { renderClassProbabilityMap, type ClassProbabilityMapOptions } from './class-probability-map';
import { fillProbabilityPixels } from './class-probability';
import type { RenderedPlot } from './decision-map';
import { createLiveRaster, rgbaOf, sameGridShape } from './live-raster';

export interface LiveClassProbabilityMap {
  readonly element: RenderedPlot;
  /** Shows a new softmax grid of the same bounds and resolution; the chart's text alternative becomes `label`. */
  update(grid: GridPrediction, label?: string): void;
}

/** A 2 × 2 stand-in over the same bounds: Plot draws it cheaply, and the real pixels follow at once. */
function standIn(grid: GridPrediction): GridPrediction {
  const { xMin, xMax, yMin, yMax } = grid;
  return { xMin, xMax, yMin, yMax, resolution: 2, values: new Float32Array(4), classes: new Int32Array(4) };
}

export function createLiveClassProbabilityMap(options: ClassProbabilityMapOptions): LiveClassProbabilityMap {
  const element = renderClassProbabilityMap({ ...options, grid: standIn(options.grid) });
  const first = options.grid;
  const raster = createLiveRaster(element, first.resolution, 'live class-probability map');
  const classes = options.classColours.length;
  const colours = rgbaOf([...options.classColours, options.palette.muted]);

  const live: LiveClassProbabilityMap = {
    element,
    update(grid, label) {
      if (!sameGridShape(first, grid)) throw new Error('live class-probability map: a new grid must keep the bounds and resolution of the first');
      raster.paint((pixels) => fillProbabilityPixels(pixels, grid, colours, classes));
      if (label !== undefined) raster.label(label);
    },
  };
  live.update(first);
  return live;
}
