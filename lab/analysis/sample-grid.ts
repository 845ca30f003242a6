/** Evenly spaced points from min to max inclusive. */
export function linearGrid(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
    throw new Error(`A grid needs finite min < max, got ${min} and ${max}.`);
  }
  if (!Number.isInteger(count) || count < 2) throw new Error(`A grid needs an integer count of at least 2, got ${count}.`);
  const step = (max - min) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? max : min + i * step));
}
