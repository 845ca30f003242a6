import { describe, expect, it } from 'vitest';
import { DEFAULT_CURVES, MAX_CURVES, defaultCurves, withAddedCurve, withoutCurve } from '../../components/widgets/activation-explorer/explorer-config';

describe("the explorer's list of curves", () => {
  it('adds the first suggested function not shown yet and focuses it, until the list is full', () => {
    const added = withAddedCurve(defaultCurves());
    expect(added).toEqual({ curves: [...DEFAULT_CURVES, { id: 'swish', params: {} }], focus: 3 });
    expect(withAddedCurve([{ id: 'swish', params: {} }])?.curves.map((curve) => curve.id)).toEqual(['swish', 'leaky-relu']);
    expect(added!.curves).toHaveLength(MAX_CURVES);
    expect(withAddedCurve(added!.curves)).toBeNull();
  });

  it('removes a curve and focuses the one that took its place, but never the last curve', () => {
    const curves = defaultCurves();
    expect(withoutCurve(curves, 0)).toEqual({ curves: curves.slice(1), focus: 0 });
    expect(withoutCurve(curves, 2)).toEqual({ curves: curves.slice(0, 2), focus: 1 });
    expect(withoutCurve([{ id: 'relu', params: {} }], 0)).toBeNull();
  });

  it('resets to copies of the defaults that a later edit cannot reach back into', () => {
    const curves = defaultCurves();
    (curves[0]!.params as Record<string, number>).alpha = 2;
    expect(defaultCurves()).toEqual(DEFAULT_CURVES);
    expect(withoutCurve(curves, 1)!.curves).not.toBe(curves);
  });
});
