import { describe, expect, it } from 'vitest';
import { curveFigureSvg, curvesFor, MAX_CURVES } from '../../site/social/curve-figure';
import { CARD_SIZE, renderSocialCard } from '../../site/social/social-card';
import { appIconSvg, renderAppIcon } from '../../site/social/app-icon';

function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('social image figure', () => {
  it('draws one curve per activation, named as the catalog names it, each with its own dash', () => {
    const curves = curvesFor(['sigmoid', 'relu', 'swish']);
    expect(curves.map((curve) => curve.label)).toEqual(['Sigmoid', 'ReLU', 'Swish']);
    expect(new Set(curves.map((curve) => curve.dash)).size).toBe(3);
    expect(curveFigureSvg(['sigmoid', 'relu', 'swish']).match(/<polyline /g)).toHaveLength(3);
  });

  it('plots the catalog values: ReLU is flat at zero left of the axis and rises to the right', () => {
    const svg = curveFigureSvg(['relu']);
    const points = svg.match(/points="([^"]+)"/)![1]!.split(' ').map((pair) => pair.split(',').map(Number));
    const [left, middle, right] = [points[0]!, points[Math.floor(points.length / 2)]!, points.at(-1)!];
    expect(left[1]).toBeCloseTo(middle[1]!, 5);
    expect(right[1]).toBeLessThan(middle[1]!);
  });

  it('refuses unknown or vector activations and too many curves, clearly', () => {
    expect(() => curvesFor(['nope'])).toThrow(/Unknown activation "nope"/);
    expect(() => curvesFor(['softmax'])).toThrow(/vector function/);
    expect(() => curvesFor(Array(MAX_CURVES + 1).fill('relu'))).toThrow(/1 to 4/);
  });

  it('renders a 1200 × 630 PNG card, the same bytes for the same text', async () => {
    const first = await renderSocialCard({ eyebrow: 'Chapter 6', title: 'Swish' }, ['relu', 'swish']);
    expect(pngSize(first)).toEqual(CARD_SIZE);
    const again = await renderSocialCard({ eyebrow: 'Chapter 6', title: 'Swish' }, ['relu', 'swish']);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const other = await renderSocialCard({ eyebrow: 'Chapter 7', title: 'Learning the activation function' }, ['relu', 'swish']);
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });
});

describe('app icon', () => {
  it('is a square PNG of the asked size with the logo inside the maskable safe zone', () => {
    expect(pngSize(renderAppIcon(192))).toEqual({ width: 192, height: 192 });
    const svg = appIconSvg(512);
    const [, offset, scale] = svg.match(/translate\(([\d.]+) [\d.]+\) scale\(([\d.]+)\)/)!.map(Number);
    // The logo's 24-unit box spans offset … offset + 24·scale; the safe zone is the central 80 %.
    expect(offset).toBeGreaterThanOrEqual(512 * 0.1);
    expect(offset! + 24 * scale!).toBeLessThanOrEqual(512 * 0.9);
  });
});
