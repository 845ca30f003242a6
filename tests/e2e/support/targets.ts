/**
 * The demo contract's data-target, parsed independently of the widgets' own parser so a bug there
 * cannot hide here.
 */
export interface ParsedTarget {
  comparison: '>=' | '<=';
  value: number;
}

export function parseDemoTarget(text: string | null): ParsedTarget | undefined {
  const match = /^(>=|<=)(-?\d+(?:\.\d+)?)$/.exec((text ?? '').replace(/\s+/g, ''));
  return match ? { comparison: match[1] as ParsedTarget['comparison'], value: Number(match[2]) } : undefined;
}

export function reachesTarget(value: number, target: ParsedTarget): boolean {
  if (!Number.isFinite(value)) return false;
  return target.comparison === '>=' ? value >= target.value : value <= target.value;
}
