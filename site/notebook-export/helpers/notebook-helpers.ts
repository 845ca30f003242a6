/**
 * What the page's kernel gives every cell, for a notebook running in Jupyter's Deno kernel:
 * display(), Observable Plot drawing without a browser (into linkedom's document) with its charts
 * shown as SVG, and tensors shown with their values. The build bundles this file for the notebooks;
 * the notebook's first cell imports it by the site's URL.
 */
import { parseHTML } from 'linkedom';

/** Deno's Jupyter kernel shows an object through this method when it has one. */
export const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');
/** Deno's inspect (what a cell's final value is shown with) uses this method when an object has one. */
export const DENO_CUSTOM_INSPECT = Symbol.for('Deno.customInspect');

type MimeBundle = Record<string, string>;
interface DrawnElement {
  tagName: string;
  outerHTML: string;
  [JUPYTER_DISPLAY]?: () => MimeBundle;
}

interface PlotLibrary {
  plot(options?: Record<string, unknown>): unknown;
  legend(options?: Record<string, unknown>): unknown;
  Mark: { prototype: { plot?: (options?: Record<string, unknown>) => unknown } };
}

interface DenoJupyter {
  display(value: unknown, options?: { raw?: boolean }): Promise<void>;
}

function isDrawnElement(value: unknown): value is DrawnElement {
  return typeof value === 'object' && value !== null && typeof (value as DrawnElement).outerHTML === 'string'
    && typeof (value as DrawnElement).tagName === 'string';
}

/** A chart as Jupyter shows it: a bare <svg> as an image, a <figure> (legend, title) as HTML. */
export function chartBundle(element: DrawnElement): MimeBundle {
  return element.tagName.toLowerCase() === 'svg'
    ? { 'image/svg+xml': element.outerHTML }
    : { 'text/html': element.outerHTML };
}

function shownAsChart<T>(drawn: T): T {
  if (isDrawnElement(drawn)) drawn[JUPYTER_DISPLAY] = () => chartBundle(drawn);
  return drawn;
}

/**
 * Observable Plot for a notebook: plot() and legend() draw into a linkedom document, and so does
 * mark.plot(); what they return shows itself as a chart when it is a cell's value or is displayed.
 */
export function notebookPlot<P extends PlotLibrary>(Plot: P): P {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const plot = (options: Record<string, unknown> = {}) => shownAsChart(Plot.plot({ document, ...options }));
  const legend = (options: Record<string, unknown> = {}) => shownAsChart(Plot.legend({ document, ...options }));
  // Marks draw through the library's own plot(); send them through the one above instead.
  Plot.Mark.prototype.plot = function markPlot(this: unknown, { marks = [], ...options }: Record<string, unknown> = {}) {
    return plot({ ...options, marks: [...(marks as unknown[]), this] });
  };
  return { ...Plot, plot, legend };
}

interface TensorLike {
  toString(verbose?: boolean): string;
}

/** Makes Deno show a tensor as its values (as tensor.print() does), in a cell's value and inside objects. */
export function showTensorValues(tf: { Tensor: { prototype: object } }): void {
  Object.defineProperty(tf.Tensor.prototype, DENO_CUSTOM_INSPECT, {
    configurable: true,
    value(this: TensorLike) {
      return this.toString();
    },
  });
}

function denoJupyter(): DenoJupyter {
  const jupyter = (globalThis as { Deno?: { jupyter?: DenoJupyter } }).Deno?.jupyter;
  if (!jupyter) throw new Error('display() needs Jupyter\'s Deno kernel (deno jupyter --install).');
  return jupyter;
}

/**
 * display(value), as on the page: shows any value below the cell (a chart as SVG, anything else as
 * Deno prints it). A promise is awaited first, and display then returns a promise too.
 */
export function display(value: unknown): Promise<void> | undefined {
  const jupyter = denoJupyter();
  if (typeof (value as PromiseLike<unknown> | null)?.then === 'function') {
    return Promise.resolve(value).then((resolved) => jupyter.display(resolved));
  }
  void jupyter.display(value);
  return undefined;
}
