/**
 * A place on the page that shows one decision map at a time, for widgets whose maps change while a
 * model trains. 'live' maps are drawn in full once and then only recoloured (createLiveDecisionMap,
 * about a millisecond) for as long as their look stays the same; 'full' maps are a fresh Plot render
 * each time, with everything the options ask for (e.g. the 0.5 curve, which a recoloured map would
 * leave stale, so live maps drop it, and a boundary line, which live maps move instead). Callers that spread full renders over frames ask first
 * whether showing a map would be cheap.
 */
import { renderDecisionMap, type DecisionMapOptions, type RenderedPlot } from './decision-map';
import { createLiveDecisionMap, type LiveDecisionMap } from './live-decision-map';
import { createLiveSegment, type LiveSegment } from './live-segment';

export type MapMode = 'live' | 'full';

/** Everything a recolour cannot change: size, colours, plane, grid resolution and the data drawn on top. */
function lookOf({ size, palette, grid, points, marker, colourDomain }: DecisionMapOptions): string {
  const [first, last] = [points[0], points[points.length - 1]];
  return [
    size, palette.fg, palette.bg, palette.border, ...palette.heat, ...palette.classColours, ...colourDomain,
    grid.xMin, grid.xMax, grid.yMin, grid.yMax, grid.resolution,
    points.length, first?.x, first?.y, last?.x, last?.y, marker?.x, marker?.y,
  ].join('|');
}

export class DecisionMapSlot {
  readonly #container: HTMLElement;
  #live?: LiveDecisionMap;
  #liveLook = '';
  #boundary?: LiveSegment;

  constructor(container: HTMLElement) {
    this.#container = container;
  }

  /** True when show(options, 'live') would only recolour the chart already on the page. */
  isCheap(options: DecisionMapOptions, mode: MapMode): boolean {
    return mode === 'live' && this.#live !== undefined && this.#liveLook === lookOf(options);
  }

  show(options: DecisionMapOptions, mode: MapMode): void {
    if (mode === 'full') {
      this.#live = undefined;
      this.#container.replaceChildren(renderDecisionMap(options));
      return;
    }
    if (this.isCheap(options, mode)) {
      this.#live!.update(options.grid, options.ariaLabel);
    } else {
      const { contourAt: _staleOnceRecoloured, boundary: _movedLive, ...liveOptions } = options;
      this.#live = createLiveDecisionMap(liveOptions);
      this.#liveLook = lookOf(options);
      this.#boundary = undefined;
      this.#container.replaceChildren(this.#live.element);
    }
    if (options.boundary) this.#boundary ??= createLiveSegment(this.#live!.element, options.palette.fg);
    this.#boundary?.update(options.boundary);
  }

  /** The live chart on the page, if any (for reading its scales). */
  get element(): RenderedPlot | undefined {
    return this.#live?.element;
  }

  /** Forgets the live chart (e.g. after the container was emptied elsewhere). */
  reset(): void {
    this.#live = undefined;
  }
}
