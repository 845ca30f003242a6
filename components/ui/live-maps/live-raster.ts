/**
 * The part every live map shares: a chart drawn once by Plot whose raster <image> is repainted from
 * a small canvas, so a new grid costs about a millisecond instead of a full Plot render plus the
 * page's style and layout work for a new SVG. The maps decide how values become pixels.
 */
import type { GridPrediction } from '../../../lab/index';
import type { RenderedPlot } from './decision-map';

const XLINK = 'http://www.w3.org/1999/xlink';
/** Colour steps across a continuous colour domain; finer than the eye can tell apart on a heatmap. */
const COLOUR_STEPS = 256;

export interface ColourScale {
  apply(value: number): string | undefined;
}

export interface LiveRaster {
  readonly svg: SVGSVGElement;
  /** Fills the raster's pixels (RGBA, row by row, `resolution` × `resolution`) and shows them. */
  paint(fill: (pixels: Uint8ClampedArray) => void): void;
  /** Sets the chart's one text alternative. */
  label(text: string): void;
}

export function sameGridShape(a: GridPrediction, b: GridPrediction): boolean {
  return a.resolution === b.resolution && a.xMin === b.xMin && a.xMax === b.xMax && a.yMin === b.yMin && a.yMax === b.yMax;
}

/** A raster for a chart Plot has drawn with one raster mark. */
export function createLiveRaster(element: RenderedPlot, resolution: number, name: string): LiveRaster {
  const svg = element instanceof SVGSVGElement ? element : element.querySelector('svg');
  const image = svg?.querySelector('image');
  if (!svg || !image) throw new Error(`${name}: the chart has no raster image`);
  const canvas = document.createElement('canvas');
  canvas.width = resolution;
  canvas.height = resolution;
  const context = canvas.getContext('2d')!;
  const pixels = context.createImageData(resolution, resolution);
  return {
    svg,
    paint(fill) {
      fill(pixels.data);
      context.putImageData(pixels, 0, 0);
      image.setAttributeNS(XLINK, 'xlink:href', canvas.toDataURL());
    },
    label(text) {
      svg.setAttribute('aria-label', text);
    },
  };
}

/** The RGBA bytes the browser paints for each CSS colour, read back from a one-row canvas. */
export function rgbaOf(colours: readonly string[]): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, colours.length);
  canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  colours.forEach((colour, index) => {
    context.fillStyle = colour;
    context.fillRect(index, 0, 1, 1);
  });
  return context.getImageData(0, 0, canvas.width, 1).data;
}

/** A chart's continuous colour scale sampled at COLOUR_STEPS values evenly spread over [lo, hi]. */
export function colourTableOf(scale: ColourScale, lo: number, hi: number): Uint8ClampedArray {
  const colours = Array.from({ length: COLOUR_STEPS }, (_, step) => scale.apply(lo + ((hi - lo) * step) / (COLOUR_STEPS - 1)) ?? 'transparent');
  return rgbaOf(colours);
}

/** The colour scale Plot attached to a chart, if it has one. */
export function colourScaleOf(element: RenderedPlot): ColourScale | undefined {
  return (element as unknown as { scale(name: 'color'): ColourScale | undefined }).scale('color');
}
