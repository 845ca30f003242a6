/**
 * Observable Plot for cells in the kernel worker, where there is no page document: charts are drawn
 * into a linkedom document (Plot's `document` option) and sent to the page as markup. `Plot.plot`,
 * `Plot.legend` and `mark.plot()` use that document unless a cell passes its own.
 */
import type * as PlotModule from '@observablehq/plot';
import { parseHTML } from 'linkedom';

type Plot = typeof PlotModule;

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

type PlotOptions = NonNullable<Parameters<Plot['plot']>[0]>;
type LegendOptions = NonNullable<Parameters<Plot['legend']>[0]>;

/**
 * Loads Plot as the page would have: on a screen of pixel ratio 1 Plot shifts its strokes by half a
 * pixel for crisp lines, a choice it makes once, from window.devicePixelRatio, as its module loads.
 * A worker has no window, so one with just that number stands in while Plot loads.
 */
export async function loadPlot(pixelRatio: number): Promise<Plot> {
  const scope = globalThis as { window?: unknown };
  if (scope.window !== undefined) return import('@observablehq/plot');
  scope.window = { devicePixelRatio: pixelRatio };
  try {
    return await import('@observablehq/plot');
  } finally {
    delete scope.window;
  }
}

/** Plot for cells: `Plot` as loaded by loadPlot (or imported in a test). */
export function workerPlot(Plot: Plot): Plot {
  const { document } = parseHTML(EMPTY_PAGE) as unknown as { document: Document };
  const plot = (options: PlotOptions = {}) => Plot.plot({ document, ...options });
  const legend = (options: LegendOptions = {}) => Plot.legend({ document, ...options } as LegendOptions);
  // Plot defines mark.plot() the same way (src/index.js), with its own plot(); this one brings the document.
  Plot.Mark.prototype.plot = function (this: PlotModule.Mark, { marks = [], ...options }: PlotOptions = {}) {
    return plot({ ...options, marks: [...(marks as PlotModule.Markish[]), this as unknown as PlotModule.Markish] });
  };
  return Object.freeze({ ...Plot, plot, legend }) as Plot;
}
