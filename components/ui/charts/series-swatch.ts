/** A short line in a series' colour and dash with its end marker: the key between a control or title and a chart. */
import { seriesStyle } from './series-style';

const SVG_NS = 'http://www.w3.org/2000/svg';

const MARKER_SHAPES: Readonly<Record<string, string>> = {
  circle: 'M26.5 7a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0Z',
  square: 'M27 4h6v6h-6Z',
  triangle: 'M30 3l3.8 7h-7.6Z',
  diamond: 'M30 2.5l3.5 4.5l-3.5 4.5l-3.5 -4.5Z',
  star: 'M30 2.5l1.2 3.1l3.3 .2l-2.6 2.1l.9 3.2l-2.8 -1.8l-2.8 1.8l.9 -3.2l-2.6 -2.1l3.3 -.2Z',
  cross: 'M28.8 3h2.4v2.8h2.8v2.4h-2.8v2.8h-2.4v-2.8h-2.8v-2.4h2.8Z',
};

/** An aria-hidden SVG; style the line with `.swatch-line` (fill none, a stroke width) and the marker with `.swatch-marker`. */
export function seriesSwatch(index: number): SVGSVGElement {
  const style = seriesStyle(index);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 36 14');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG_NS, 'path');
  line.setAttribute('d', 'M1 7H26');
  line.setAttribute('class', 'swatch-line');
  line.setAttribute('stroke', `var(${style.colourVar})`);
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke-width', '2.2');
  if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
  const marker = document.createElementNS(SVG_NS, 'path');
  marker.setAttribute('d', MARKER_SHAPES[style.symbol] ?? MARKER_SHAPES.circle!);
  marker.setAttribute('class', 'swatch-marker');
  marker.setAttribute('fill', `var(${style.colourVar})`);
  svg.append(line, marker);
  return svg;
}
