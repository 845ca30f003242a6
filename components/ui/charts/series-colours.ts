/**
 * The six Okabe–Ito colours (--c1 … --c6) for charts with several series, read from the page so they
 * follow the theme. Colour is never the only signal: pair each with a line style or a marker shape.
 */
export const SERIES_VARIABLES = ['--c1', '--c2', '--c3', '--c4', '--c5', '--c6'] as const;

export function readSeriesColours(element: Element = document.documentElement): string[] {
  const style = getComputedStyle(element);
  return SERIES_VARIABLES.map((name) => style.getPropertyValue(name).trim());
}
