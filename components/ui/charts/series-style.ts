/**
 * How charts tell several series apart: each gets an Okabe–Ito colour, a dash pattern and a marker
 * symbol, so no series is told apart by colour alone. Plain data (CSS variable names, dash arrays,
 * Plot symbol names), usable at build time for static SVG and in the page for Plot.
 */
export interface SeriesStyle {
  /** The CSS custom property holding the colour, e.g. '--c1'. */
  colourVar: string;
  /** SVG stroke-dasharray; '' is a solid line. */
  dash: string;
  /** A Plot/d3 symbol name for the marker at the series' end. */
  symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross';
  /** The dash pattern in words, for legends and text alternatives. */
  dashName: string;
}

export const SERIES_STYLES: readonly SeriesStyle[] = Object.freeze([
  { colourVar: '--c1', dash: '', symbol: 'circle', dashName: 'solid' },
  { colourVar: '--c2', dash: '8 4', symbol: 'square', dashName: 'dashed' },
  { colourVar: '--c3', dash: '2 3', symbol: 'triangle', dashName: 'dotted' },
  { colourVar: '--c4', dash: '10 3 2 3', symbol: 'diamond', dashName: 'dash-dot' },
  { colourVar: '--c5', dash: '4 2', symbol: 'star', dashName: 'short dashes' },
  { colourVar: '--c6', dash: '14 4', symbol: 'cross', dashName: 'long dashes' },
]);

/** Each marker symbol as an SVG path in a swatch's 36 × 14 box, centred at (30, 7) after a line from x = 1 to 26. */
export const SWATCH_MARKERS: Readonly<Record<SeriesStyle['symbol'], string>> = {
  circle: 'M26.5 7a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0Z',
  square: 'M27 4h6v6h-6Z',
  triangle: 'M30 3l3.8 7h-7.6Z',
  diamond: 'M30 2.5l3.5 4.5l-3.5 4.5l-3.5 -4.5Z',
  star: 'M30 2.5l1.2 3.1l3.3 .2l-2.6 2.1l.9 3.2l-2.8 -1.8l-2.8 1.8l.9 -3.2l-2.6 -2.1l3.3 -.2Z',
  cross: 'M28.8 3h2.4v2.8h2.8v2.4h-2.8v2.8h-2.4v-2.8h-2.8v-2.4h2.8Z',
};

/** The style of series `index`; styles repeat only past the sixth series. */
export function seriesStyle(index: number): SeriesStyle {
  const count = SERIES_STYLES.length;
  return SERIES_STYLES[((Math.trunc(index) % count) + count) % count]!;
}

/** The colours behind each style's variable, read from the page so charts follow the theme. */
export function readSeriesColours(element: Element = document.documentElement): string[] {
  const style = getComputedStyle(element);
  return SERIES_STYLES.map((series) => style.getPropertyValue(series.colourVar).trim());
}
