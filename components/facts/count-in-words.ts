/** Small counts as prose writes them ("ten"), larger ones as digits. */
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;

export function countInWords(count: number): string {
  return Number.isInteger(count) && count >= 0 && count < WORDS.length ? WORDS[count]! : String(count);
}
