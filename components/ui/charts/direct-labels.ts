/**
 * Places direct labels at the ends of lines so they do not overlap: each label keeps its line's
 * end value when it can and is pushed apart by at least `minGap` (in the same units) when not.
 */
export function spreadLabels(positions: readonly number[], minGap: number, bounds?: readonly [number, number]): number[] {
  if (!(minGap >= 0)) throw new Error(`spreadLabels: minGap must be a non-negative number, got ${String(minGap)}.`);
  const order = positions.map((value, index) => ({ value: Number.isFinite(value) ? value : 0, index }))
    .sort((a, b) => a.value - b.value || a.index - b.index);
  const placed = order.map((entry) => entry.value);
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + minGap);
  if (bounds) {
    const [lo, hi] = bounds;
    const last = placed.length - 1;
    if (last >= 0 && placed[last]! > hi) {
      placed[last] = hi;
      for (let i = last - 1; i >= 0; i--) placed[i] = Math.min(placed[i]!, placed[i + 1]! - minGap);
    }
    if (placed.length > 0 && placed[0]! < lo) {
      placed[0] = lo;
      for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + minGap);
    }
  }
  const result = new Array<number>(positions.length);
  order.forEach((entry, rank) => {
    result[entry.index] = placed[rank]!;
  });
  return result;
}
