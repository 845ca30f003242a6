/**
 * Boxes and arrows for a small computational graph, laid out at build time: where each node sits,
 * how wide its box is, and where an arrow between two boxes starts and ends.
 */
export interface GraphNode {
  id: string;
  label: string;
  kind: 'value' | 'parameter';
}

export interface Placed extends GraphNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Arrow {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

const CHAR_WIDTH = 8.2;
const BOX_PADDING = 18;
export const BOX_HEIGHT = 34;

export function place(node: GraphNode, x: number, y: number): Placed {
  return { ...node, x, y, width: BOX_PADDING + node.label.length * CHAR_WIDTH, height: BOX_HEIGHT };
}

/** Where the ray from the box centre towards (dx, dy) leaves the box. */
function edgePoint(box: Placed, dx: number, dy: number): { x: number; y: number } {
  const t = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: box.x + dx * t, y: box.y + dy * t };
}

/** An arrow from box a to box b, shifted sideways by `offset` so a return arrow can run beside it. */
export function arrowBetween(a: Placed, b: Placed, offset = 0, gap = 4): Arrow {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length = Math.hypot(dx, dy);
  const [nx, ny] = [-dy / length, dx / length];
  const start = edgePoint(a, dx, dy);
  const end = edgePoint(b, -dx, -dy);
  const [ux, uy] = [dx / length, dy / length];
  return {
    from: { x: start.x + nx * offset + ux * gap, y: start.y + ny * offset + uy * gap },
    to: { x: end.x + nx * offset - ux * gap, y: end.y + ny * offset - uy * gap },
  };
}
