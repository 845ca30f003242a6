/**
 * The small coordinate system the static figures draw in: a data box mapped into an SVG viewBox,
 * with ticks, and a polyline path for any function. Build-time only; no DOM, no Plot.
 */
export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  x: [number, number];
  y: [number, number];
}

export function scaleX(frame: Frame, value: number): number {
  const [lo, hi] = frame.x;
  return frame.margin.left + ((value - lo) / (hi - lo)) * (frame.width - frame.margin.left - frame.margin.right);
}

export function scaleY(frame: Frame, value: number): number {
  const [lo, hi] = frame.y;
  return frame.height - frame.margin.bottom - ((value - lo) / (hi - lo)) * (frame.height - frame.margin.top - frame.margin.bottom);
}

/** An SVG path through f sampled at `samples` points across the frame's x range. */
export function curvePath(frame: Frame, f: (x: number) => number, samples = 161): string {
  const [lo, hi] = frame.x;
  return Array.from({ length: samples }, (_, i) => {
    const x = lo + ((hi - lo) * i) / (samples - 1);
    return `${i === 0 ? 'M' : 'L'}${scaleX(frame, x).toFixed(1)},${scaleY(frame, f(x)).toFixed(1)}`;
  }).join('');
}

export function ticks(lo: number, hi: number, step: number): number[] {
  const count = Math.round((hi - lo) / step);
  return Array.from({ length: count + 1 }, (_, i) => Number((lo + i * step).toFixed(6)));
}

/** A number as an axis shows it, with a true minus sign. */
export function tickLabel(value: number): string {
  return String(value).replace('-', '−');
}
