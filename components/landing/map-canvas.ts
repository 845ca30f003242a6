/**
 * Paints a decision map onto a small canvas (one pixel per grid cell; CSS scales it up smoothly):
 * each cell takes the colour of the arm the network predicts there, stronger the surer it is.
 */
import type { GridPrediction } from '../../lab/index.ts';

/** The strongest tint, so the points drawn over the map stay easy to see. */
const MAX_ALPHA = 0.45;

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.trim().replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The two arms' colours from the page's theme (--c1, --c2). */
export function armColours(element: Element): [[number, number, number], [number, number, number]] {
  const style = getComputedStyle(element);
  return [rgb(style.getPropertyValue('--c1')), rgb(style.getPropertyValue('--c2'))];
}

export function paintMap(canvas: HTMLCanvasElement, grid: GridPrediction): void {
  const size = grid.resolution;
  if (canvas.width !== size) [canvas.width, canvas.height] = [size, size];
  const context = canvas.getContext('2d');
  if (!context) return;
  const [first, second] = armColours(canvas);
  const image = context.createImageData(size, size);
  grid.values.forEach((probability, cell) => {
    const [r, g, b] = probability >= 0.5 ? second : first;
    const offset = cell * 4;
    image.data[offset] = r;
    image.data[offset + 1] = g;
    image.data[offset + 2] = b;
    image.data[offset + 3] = Math.round(255 * MAX_ALPHA * Math.min(1, Math.abs(probability - 0.5) * 2));
  });
  context.putImageData(image, 0, 0);
}
