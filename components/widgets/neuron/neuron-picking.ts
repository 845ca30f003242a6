/**
 * Picking the reader's point on the plane: a click anywhere on the chart, or the arrow keys while
 * the plane has focus (Shift moves four steps, Home returns to the origin).
 */
import type { RenderedPlot } from '../../ui/live-maps/decision-map';

const FAST_MULTIPLIER = 4;
const ARROWS: Readonly<Record<string, [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

export interface PlanePickingOptions {
  currentPoint(): readonly [number, number];
  plot(): RenderedPlot | undefined;
  /** Keyboard step, and the grid clicks snap to. */
  step: number;
  /** Points stay within ±limit on both axes. */
  limit: number;
  onPick(point: [number, number]): void;
}

function snap(value: number, step: number, limit: number): number {
  const snapped = Math.round(value / step) * step;
  return Math.max(-limit, Math.min(limit, Number(snapped.toFixed(6))));
}

/** Client coordinates → data coordinates, through the rendered plot's own scales. */
export function pointFromClick(plot: RenderedPlot, clientX: number, clientY: number): [number, number] | undefined {
  const x = plot.scale('x');
  const y = plot.scale('y');
  if (!x?.invert || !y?.invert) return undefined;
  const rect = plot.getBoundingClientRect();
  const width = Number(plot.getAttribute('width')) || rect.width;
  const height = Number(plot.getAttribute('height')) || rect.height;
  const px = ((clientX - rect.left) * width) / rect.width;
  const py = ((clientY - rect.top) * height) / rect.height;
  return [x.invert(px), y.invert(py)];
}

export function attachPlanePicking(plane: HTMLElement, options: PlanePickingOptions): void {
  const { step, limit } = options;
  plane.tabIndex = 0;
  plane.setAttribute('role', 'application');
  plane.setAttribute('aria-roledescription', 'input plane');
  plane.setAttribute('aria-label', 'Input plane. Arrow keys move your point, Shift with an arrow moves it faster, Home returns it to the origin. Clicking also picks a point.');

  plane.addEventListener('click', (event) => {
    const plot = options.plot();
    if (!plot) return;
    const picked = pointFromClick(plot, event.clientX, event.clientY);
    if (!picked) return;
    options.onPick([snap(picked[0], step / 5, limit), snap(picked[1], step / 5, limit)]);
  });

  plane.addEventListener('keydown', (event) => {
    const [x, y] = options.currentPoint();
    if (event.key === 'Home') {
      event.preventDefault();
      options.onPick([0, 0]);
      return;
    }
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    const distance = step * (event.shiftKey ? FAST_MULTIPLIER : 1);
    options.onPick([snap(x + direction[0] * distance, step / 5, limit), snap(y + direction[1] * distance, step / 5, limit)]);
  });
}
