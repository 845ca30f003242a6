/**
 * Reading a feature cell as a number. Only plain decimal notation counts (12, -0.5, .5, 1e-3):
 * JavaScript's Number() would also take "", "0x1F" and "Infinity", which in a data file are mistakes.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(?:inf|infinity|nan)$/i;

export type CellNumber = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' | 'not-finite' };

export function isNumberText(text: string): boolean {
  return DECIMAL.test(text.trim());
}

export function readCellNumber(cell: string): CellNumber {
  const text = cell.trim();
  if (DECIMAL.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-finite' };
  }
  if (text === '') return { ok: false, reason: 'empty' };
  return { ok: false, reason: NOT_FINITE.test(text) ? 'not-finite' : 'not-a-number' };
}
