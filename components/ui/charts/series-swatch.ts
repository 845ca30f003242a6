/**
 * A short line in a series' colour and dash with its end marker: the key between a control or title
 * and a chart (SeriesLegend.astro draws the same at build time).
 */
import { seriesStyle, SWATCH_MARKERS } from './series-style';

const SVG_NS = 'http://www.w3.org/2000/svg';

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
  marker.setAttribute('d', SWATCH_MARKERS[style.symbol]);
  marker.setAttribute('class', 'swatch-marker');
  marker.setAttribute('fill', `var(${style.colourVar})`);
  svg.append(line, marker);
  return svg;
}
