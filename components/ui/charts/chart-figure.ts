/**
 * The figure ChartFigure.astro renders, built at run time for charts whose number the reader chooses
 * (one per raced activation, one per hidden layer): same classes, so the same look. The chart slot
 * shows a placeholder until drawn; the caption is the chart's text alternative.
 */
import { placeholder } from './chart-slot';

export interface BuiltChartFigure {
  figure: HTMLElement;
  chart: HTMLElement;
  caption: HTMLElement;
}

export function buildChartFigure(waiting: string, caption = '', minHeight?: string): BuiltChartFigure {
  const figure = Object.assign(document.createElement('figure'), { className: 'chart-figure' });
  const chart = Object.assign(document.createElement('div'), { className: 'chart' });
  if (minHeight) chart.style.minHeight = minHeight;
  chart.append(placeholder(waiting));
  const captionElement = Object.assign(document.createElement('figcaption'), { textContent: caption });
  figure.append(chart, captionElement);
  return { figure, chart, caption: captionElement };
}
