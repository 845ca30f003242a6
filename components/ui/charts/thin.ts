/** At most `maxPoints` evenly spaced items, always keeping the first and the last. */
export function thinSeries<T>(items: readonly T[], maxPoints: number): T[] {
  if (items.length <= maxPoints || maxPoints < 2) return items.slice();
  const stride = (items.length - 1) / (maxPoints - 1);
  const kept: T[] = [];
  for (let i = 0; i < maxPoints; i++) kept.push(items[Math.round(i * stride)]);
  return kept;
}
