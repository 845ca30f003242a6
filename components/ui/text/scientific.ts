/** Numbers that span many orders of magnitude, written for people: 6.1 × 10⁻⁶, 7.4 × 10⁵, 0.42. */
const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** 10 to a whole power, written with superscripts: tenToThe(-4) is "10⁻⁴". */
export function tenToThe(power: number): string {
  return `10${[...String(power)].map((char) => SUPERSCRIPT[char] ?? char).join('')}`;
}
/** Between these magnitudes plain decimals read better than powers of ten. */
const PLAIN_MIN = 0.01;
const PLAIN_MAX = 10_000;

export function formatScientific(value: number, significant = 2): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'not a number' : value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX) {
    return String(Number(value.toPrecision(significant))).replace(/^-/, '−');
  }
  const [mantissa = '', exponent = '0'] = value.toExponential(significant - 1).split('e');
  return `${mantissa.replace(/^-/, '−')} × ${tenToThe(Number(exponent))}`;
}
