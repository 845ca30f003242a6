/**
 * A decision map for live training. The whole chart (axes, frame, data points) is drawn once by
 * renderDecisionMap; each later grid only recolours the raster image inside it, with the chart's own
 * colour scale (sampled into a lookup table), so a repaint costs about a millisecond instead of a
 * full Plot render plus the page's style and layout work for a new SVG.
 * Use one per run (or per size/theme): the grid's bounds and resolution must stay the same.
 */
import type { GridPrediction } from '../../lab/types';
import { renderDecisionMap, type DecisionMapOptions, type RenderedPlot } from './decision-map';

/** Colour steps across the colour domain; finer than the eye can tell apart on a heatmap. */
const COLOUR_STEPS = 256;
const XLINK = 'http://www.w3.org/1999/xlink';

export interface LiveDecisionMap {
  readonly element: RenderedPlot;
  /** Shows a new grid of the same bounds and resolution; the chart's text alternative becomes `label`. */
  update(grid: GridPrediction, label?: string): void;
}

interface ColourScale {
  apply(value: number): string | undefined;
}

/** RGBA bytes for COLOUR_STEPS values evenly spread over [lo, hi], read back from one canvas row. */
function colourTable(scale: ColourScale, lo: number, hi: number): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = COLOUR_STEPS;
  canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  for (let step = 0; step < COLOUR_STEPS; step++) {
    context.fillStyle = scale.apply(lo + ((hi - lo) * step) / (COLOUR_STEPS - 1)) ?? 'transparent';
    context.fillRect(step, 0, 1, 1);
  }
  return context.getImageData(0, 0, COLOUR_STEPS, 1).data;
}

function sameShape(a: GridPrediction, b: GridPrediction): boolean {
  return a.resolution === b.resolution && a.xMin === b.xMin && a.xMax === b.xMax && a.yMin === b.yMin && a.yMax === b.yMax;
}

export function createLiveDecisionMap(options: DecisionMapOptions): LiveDecisionMap {
  const element = renderDecisionMap(options);
  const svg = element instanceof SVGSVGElement ? element : element.querySelector('svg');
  const image = svg?.querySelector('image');
  const scale = (element as unknown as { scale(name: 'color'): ColourScale | undefined }).scale('color');
  if (!svg || !image || !scale) throw new Error('live decision map: the chart has no raster image or colour scale');
  const first = options.grid;
  const [lo, , hi] = options.colourDomain;
  const table = colourTable(scale, lo, hi);
  const canvas = document.createElement('canvas');
  canvas.width = first.resolution;
  canvas.height = first.resolution;
  const context = canvas.getContext('2d')!;
  const pixels = context.createImageData(first.resolution, first.resolution);

  return {
    element,
    update(grid, label) {
      if (!sameShape(first, grid)) throw new Error('live decision map: a new grid must keep the bounds and resolution of the first');
      const data = pixels.data;
      const top = COLOUR_STEPS - 1;
      grid.values.forEach((value, cell) => {
        const at = cell * 4;
        if (!Number.isFinite(value)) {
          data[at + 3] = 0;
          return;
        }
        const step = Math.round(Math.min(1, Math.max(0, (value - lo) / (hi - lo))) * top) * 4;
        data[at] = table[step]!;
        data[at + 1] = table[step + 1]!;
        data[at + 2] = table[step + 2]!;
        data[at + 3] = table[step + 3]!;
      });
      context.putImageData(pixels, 0, 0);
      image.setAttributeNS(XLINK, 'xlink:href', canvas.toDataURL());
      if (label !== undefined) svg.setAttribute('aria-label', label);
    },
  };
}
