/** Helpers for quoting untrusted text inside notices (shown as text, never parsed as HTML). */

export const QUOTED_TEXT_MAX = 40;

/** A short, quoted, single-line rendering of any value, for messages. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const oneLine = text.replace(/\s+/g, ' ');
  const short = oneLine.length > QUOTED_TEXT_MAX ? `${oneLine.slice(0, QUOTED_TEXT_MAX - 1)}…` : oneLine;
  return `"${short}"`;
}

export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}
