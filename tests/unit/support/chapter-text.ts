/**
 * Reading the chapters as text, for tests that hold prose to what lab/ computes: the MDX source of a
 * chapter, and the number that follows a given phrase in it, as written there ("−0.278", "740,000",
 * "$4 \times 10^{-7}$", "3.8e-7", "54%").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';

const CONTENT = new URL('../../../content/', import.meta.url);

/** Every chapter file, in reading order (its NN- prefix). */
export function chapterFiles(): string[] {
  return readdirSync(CONTENT).filter((name) => /^\d\d-.*\.mdx$/.test(name)).sort();
}

/** The MDX source of the chapter whose file name starts with `prefix`, e.g. '05'. */
export function chapterSource(prefix: string): string {
  const file = chapterFiles().find((name) => name.startsWith(`${prefix}-`));
  if (!file) throw new Error(`No chapter file starts with ${prefix}-`);
  return readFileSync(new URL(file, CONTENT), 'utf8');
}

const NUMBER = String.raw`[−-]?\d[\d,]*(?:\.\d+)?(?:\s*(?:\\times|×)\s*10\^\{?[−-]?\d+\}?|e[−-]?\d+)?`;

/** A number as prose writes it: Unicode minus, thousands commas, "× 10^{-7}" or "e-7". */
export function parseProseNumber(text: string): number {
  const plain = text.replace(/−/g, '-').replace(/,/g, '');
  const power = plain.match(/^(.*?)\s*(?:\\times|×)\s*10\^\{?(-?\d+)\}?$/);
  return power ? Number(power[1]) * 10 ** Number(power[2]) : Number(plain);
}

/** The number written right after `phrase` (which must occur exactly once), skipping a `$` or spaces. */
export function numberAfter(source: string, phrase: string): number {
  const at = source.indexOf(phrase);
  expect(at, `the chapter says "${phrase}"`).toBeGreaterThanOrEqual(0);
  expect(source.indexOf(phrase, at + 1), `"${phrase}" occurs only once`).toBe(-1);
  const match = source.slice(at + phrase.length).match(new RegExp(String.raw`^[\s$~]*(${NUMBER})`));
  expect(match, `a number follows "${phrase}"`).not.toBeNull();
  return parseProseNumber(match![1]!);
}

/** Digits after the decimal point in the quoted number (0 for whole numbers). */
function decimals(quoted: number): number {
  const text = String(quoted);
  if (text.includes('e')) return -Math.floor(Math.log10(Math.abs(quoted))) + 1;
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

/** The prose rounds `computed` correctly: they differ by at most half a unit in the quoted last digit. */
export function expectRounded(quoted: number, computed: number, what: string): void {
  const halfUnit = 0.5 * 10 ** -decimals(quoted) * (1 + 1e-9);
  expect(Math.abs(computed - quoted), `${what}: the chapter says ${quoted}, lab/ computes ${computed}`).toBeLessThanOrEqual(halfUnit);
}

/** For "about" numbers: within `relative` of the computed value. */
export function expectAbout(quoted: number, computed: number, relative: number, what: string): void {
  expect(Math.abs(computed - quoted) / Math.abs(computed), `${what}: the chapter says about ${quoted}, lab/ computes ${computed}`).toBeLessThanOrEqual(relative);
}
