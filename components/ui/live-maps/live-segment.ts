/**
 * A dashed line segment (a linear unit's boundary) drawn into an already rendered Plot map and moved
 * by changing four attributes, so a map whose raster is recoloured live (live-decision-map.ts) can
 * show a moving boundary without a full Plot render. It looks like decision-map.ts's boundary line
 * and sits just above the raster, below the data points.
 */
import type { RenderedPlot } from './decision-map';
import type { Segment } from '../charts/line-segment';

const SVG = 'http://www.w3.org/2000/svg';
export const LIVE_SEGMENT_STYLE = { strokeWidth: 2, dash: '6 4' } as const;

export interface LiveSegment {
  /** Moves the line; undefined hides it. */
  update(segment: Segment | undefined): void;
}

export function createLiveSegment(chart: RenderedPlot, stroke: string): LiveSegment {
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg');
  const x = chart.scale('x');
  const y = chart.scale('y');
  const raster = svg?.querySelector('image')?.closest('g');
  if (!svg || !x || !y || !raster) throw new Error('live segment: the chart has no raster or no x/y scales');
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('stroke', stroke);
  line.setAttribute('stroke-width', String(LIVE_SEGMENT_STYLE.strokeWidth));
  line.setAttribute('stroke-dasharray', LIVE_SEGMENT_STYLE.dash);
  line.setAttribute('aria-hidden', 'true');
  line.style.display = 'none';
  raster.after(line);
  return {
    update(segment) {
      if (!segment) {
        line.style.display = 'none';
        return;
      }
      const [[x1, y1], [x2, y2]] = segment;
      line.setAttribute('x1', String(x.apply(x1)));
      line.setAttribute('y1', String(y.apply(y1)));
      line.setAttribute('x2', String(x.apply(x2)));
      line.setAttribute('y2', String(y.apply(y2)));
      line.style.display = '';
    },
  };
}
