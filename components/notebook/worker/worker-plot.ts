/**
 * Observable Plot for cells in the kernel worker, where there is no page document: charts are drawn
 * into a linkedom document (Plot's `document` option) and sent to the page as markup. `Plot.plot`,
 * `Plot.legend` and `mark.plot()` use that document unless a cell passes its own.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

type PlotOptions = NonNullable<Parameters<typeof Plot.plot>[0]>;
type LegendOptions = NonNullable<Parameters<typeof Plot.legend>[0]>;

export function workerPlot(): typeof Plot {
  const { document } = parseHTML(EMPTY_PAGE) as unknown as { document: Document };
  const plot = (options: PlotOptions = {}) => Plot.plot({ document, ...options });
  const legend = (options: LegendOptions = {}) => Plot.legend({ document, ...options } as LegendOptions);
  // Plot defines mark.plot() the same way (src/index.js), with its own plot(); this one brings the document.
  Plot.Mark.prototype.plot = function (this: Plot.Mark, { marks = [], ...options }: PlotOptions = {}) {
    return plot({ ...options, marks: [...(marks as Plot.Markish[]), this as unknown as Plot.Markish] });
  };
  return Object.freeze({ ...Plot, plot, legend }) as typeof Plot;
}
