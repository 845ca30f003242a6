/** A demo's goal as written in data-target, e.g. ">=0.95" or "<=0.1". */
export interface Target {
  comparison: '>=' | '<=';
  value: number;
}

const TARGET_PATTERN = /^\s*(>=|<=)\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*$/i;

export function parseTarget(text: string): Target | undefined {
  const match = TARGET_PATTERN.exec(text);
  if (!match) return undefined;
  return { comparison: match[1] as Target['comparison'], value: Number(match[2]) };
}

export function meetsTarget(value: number, target: Target): boolean {
  if (!Number.isFinite(value)) return false;
  return target.comparison === '>=' ? value >= target.value : value <= target.value;
}

/** "≥ 0.95" for people; the attribute keeps the ASCII form for tests. */
export function describeTarget(target: Target): string {
  return `${target.comparison === '>=' ? '≥' : '≤'} ${target.value}`;
}
