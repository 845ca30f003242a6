import { describe, expect, it } from 'vitest';
import { SILU_MINIMUM, MISH_MINIMUM } from '../../lab/activations/index.ts';
import {
  chartLabels, curveLabel, describeCurve, explorerCharts, formatValue, interiorExtremum, paramText, sampleCurve, valueDomain,
} from '../../components/widgets/activation-explorer/explorer-curves.ts';
import { propertyRows } from '../../components/widgets/activation-explorer/explorer-view.ts';
import { renderFunctionChart, STATIC_WIDTH } from '../../components/widgets/activation-explorer/function-chart.ts';
import { parseHTML } from 'linkedom';
import { spreadLabels } from '../../components/ui/charts/direct-labels.ts';

const RANGE = [-5, 5] as const;

describe('explorer curves', () => {
  it('names curves with their plotted parameters only', () => {
    expect(curveLabel({ id: 'swish', params: { beta: 1.5 } })).toBe('Swish (β = 1.5)');
    expect(curveLabel({ id: 'relu', params: {} })).toBe('ReLU');
    expect(curveLabel({ id: 'tanh', params: {} })).toBe('Tanh');
    expect(curveLabel({ id: 'gelu-tanh', params: {} })).not.toBe(curveLabel({ id: 'gelu', params: {} }));
    expect(paramText({ id: 'hard-sigmoid', params: { form: 1 } })).toBe('form: TF.js, Keras 2');
    expect(paramText({ id: 'swish', params: {} })).toBe('β = 1');
  });

  it('labels chart lines by short name, adding parameters only to tell repeats apart', () => {
    expect(chartLabels([{ id: 'swish', params: { beta: 2 } }, { id: 'relu', params: {} }])).toEqual(['Swish', 'ReLU']);
    expect(chartLabels([{ id: 'swish', params: { beta: 2 } }, { id: 'swish', params: {} }])).toEqual(['Swish (β = 2)', 'Swish (β = 1)']);
  });

  it('samples f and f′ from the catalog, including the softmax slice', () => {
    const swish = sampleCurve({ id: 'swish', params: { beta: 2 } }, RANGE, 11);
    expect(swish.xs).toEqual([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
    expect(swish.values[6]).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    const softmax = sampleCurve({ id: 'softmax', params: {} }, RANGE, 3);
    expect(softmax.values[1]).toBeCloseTo(0.5, 12);
    expect(softmax.slopes[1]).toBeCloseTo(0.25, 12);
  });

  it('finds Swish’s and Mish’s minima to three decimals, and scales Swish’s with β', () => {
    const relu = sampleCurve({ id: 'relu', params: {} }, RANGE, 401);
    expect(interiorExtremum((x) => Math.max(0, x), relu.xs, relu.values, 'min')).toBeUndefined();
    const swish = sampleCurve({ id: 'swish', params: {} }, RANGE, 401);
    const found = interiorExtremum((x) => x / (1 + Math.exp(-x)), swish.xs, swish.values, 'min');
    expect(found!.x).toBeCloseTo(SILU_MINIMUM.x, 6);
    expect(found!.y).toBeCloseTo(SILU_MINIMUM.value, 9);
    const text = describeCurve({ id: 'swish', params: {} }, RANGE, 401).value;
    expect(text).toContain(`minimum ${formatValue(SILU_MINIMUM.value)} at x = ${formatValue(SILU_MINIMUM.x)}`);
    expect(text).toContain('minimum −0.278 at x = −1.278');
    expect(describeCurve({ id: 'mish', params: {} }, RANGE, 401).value).toContain(`minimum ${formatValue(MISH_MINIMUM.value)} at x = ${formatValue(MISH_MINIMUM.x)}`);
    expect(describeCurve({ id: 'swish', params: { beta: 2 } }, RANGE, 401).value).toContain('minimum −0.139 at x = −0.639');
  });

  it('reports the derivative’s peak (sigmoid ¼ at 0, tanh 1 at 0) and no extremum on plateaus', () => {
    expect(describeCurve({ id: 'sigmoid', params: {} }, RANGE, 401).derivative).toContain('maximum 0.25 at x = 0');
    expect(describeCurve({ id: 'tanh', params: {} }, RANGE, 401).derivative).toContain('maximum 1 at x = 0');
    const relu = describeCurve({ id: 'relu', params: {} }, RANGE, 401);
    expect(relu.value).not.toMatch(/minimum|maximum/);
    expect(relu.value).toContain('outputs from 0 to ∞');
  });

  it('formats numbers for reading', () => {
    expect(formatValue(-0.27846)).toBe('−0.278');
    expect(formatValue(-0.0001)).toBe('0');
    expect(formatValue(Infinity)).toBe('∞');
    expect(formatValue(2.5)).toBe('2.5');
  });

  it('picks a y range that contains the data and zero, never thinner than asked', () => {
    expect(valueDomain([[0, 0, 0]], 1)).toEqual([expect.closeTo(-0.56, 6), expect.closeTo(0.56, 6)]);
    const [lo, hi] = valueDomain([[-0.2, 3], [1, 5]], 1);
    expect(lo).toBeLessThan(-0.2);
    expect(hi).toBeGreaterThan(5);
  });

  it('builds the properties table from the catalog, one column per curve', () => {
    const rows = propertyRows([{ id: 'swish', params: {} }, { id: 'relu', params: {} }]);
    const row = (label: string) => rows.find((candidate) => candidate.label === label)!.cells;
    expect(row('Monotonic')).toEqual(['no', 'yes']);
    expect(row('Smooth (C¹)')).toEqual(['yes', 'no']);
    expect(row('Corners or jumps')).toEqual(['none', 'at x = 0']);
    expect(rows.filter((candidate) => candidate.tex).map((candidate) => candidate.label)).toEqual(['Output range']);
  });
});

describe('function charts', () => {
  const curves = [{ id: 'sigmoid', params: {} }, { id: 'relu', params: {} }];

  it('give f and f′ one labelled curve each over the plotted range, inside the y range', () => {
    const [values, slopes] = explorerCharts(curves, 21);
    for (const chart of [values, slopes]) {
      expect(chart.curves.map((curve) => curve.label)).toEqual(['Sigmoid', 'ReLU']);
      for (const curve of chart.curves) {
        expect(curve.xs).toHaveLength(21);
        expect(curve.xs[0]).toBe(RANGE[0]);
        expect(curve.ys.every((y) => y >= chart.yDomain[0] && y <= chart.yDomain[1])).toBe(true);
      }
    }
    expect(values.yLabel).toBe('f(x)');
    expect(values.caption).toMatch(/^The functions f\(x\) for x from −5 to 5\. Sigmoid: f\(−5\) = 0\.007/);
    expect(slopes.caption).toMatch(/^Their derivatives f′\(x\)\. Sigmoid: /);
  });

  it('draw at build time into a document of their own, in the theme\'s colours, labelled by the caption', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as { document: Document };
    const [values] = explorerCharts(curves, 21);
    const svg = renderFunctionChart(values, STATIC_WIDTH, document);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(values.caption);
    const strokes = [...svg.querySelectorAll('[stroke^="var(--c"]')].map((path) => path.getAttribute('stroke'));
    expect(new Set(strokes)).toEqual(new Set(['var(--c1)', 'var(--c2)']));
    expect(svg.textContent).toContain('Sigmoid');
  });
});

describe('spreadLabels', () => {
  it('keeps labels that do not collide where they are', () => {
    expect(spreadLabels([0, 10, 20], 5)).toEqual([0, 10, 20]);
  });

  it('pushes colliding labels apart by the gap, keeping their order', () => {
    const placed = spreadLabels([1, 1, 0.9], 0.5);
    expect([...placed].sort((a, b) => a - b)).toEqual([0.9, 1.4, 1.9]);
    expect(placed[2]).toBe(0.9);
  });

  it('stays inside the bounds when it can', () => {
    const placed = spreadLabels([10, 10, 10], 2, [0, 10]);
    expect(Math.max(...placed)).toBe(10);
    expect([...placed].sort((a, b) => a - b)).toEqual([6, 8, 10]);
  });

  it('refuses a negative gap', () => {
    expect(() => spreadLabels([1], -1)).toThrow(/minGap/);
  });
});
