/** Where the line w₁x + w₂y + b = 0 crosses a rectangle: the part of a linear unit's boundary a chart can draw. */
export type Segment = [[number, number], [number, number]];

export interface Box {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The visible piece of w₁x + w₂y + b = 0, or undefined when the line misses the box (or w is zero). */
export function lineSegmentInBox([w1, w2]: readonly [number, number], b: number, box: Box): Segment | undefined {
  const { xMin, xMax, yMin, yMax } = box;
  const candidates: [number, number][] = [];
  if (w2 !== 0) for (const x of [xMin, xMax]) candidates.push([x, -(w1 * x + b) / w2]);
  if (w1 !== 0) for (const y of [yMin, yMax]) candidates.push([-(w2 * y + b) / w1, y]);
  const slack = 1e-9 * (xMax - xMin);
  const inside = candidates.filter(([x, y]) => x >= xMin - slack && x <= xMax + slack && y >= yMin - slack && y <= yMax + slack);
  const distinct = inside.filter((point, index) =>
    inside.findIndex((other) => Math.hypot(other[0] - point[0], other[1] - point[1]) < slack * 10) === index);
  return distinct.length >= 2 ? [distinct[0]!, distinct[1]!] : undefined;
}
