/** A chart drawn by another Plot (build time, the notebook's worker) gets ids of its own, so its clip paths never clip the page's live charts. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { giveIdsPrefix } from '../../components/ui/charts/own-ids';

const newDocument = (): Document => (parseHTML('<!doctype html><html><body></body></html>') as unknown as { document: Document }).document;

function clippedLineChart(document: Document): SVGSVGElement {
  return Plot.plot({ document, width: 200, height: 100, marks: [Plot.line([[0, 0], [1, 1], [2, 0]], { clip: true })] }) as SVGSVGElement;
}

/** Every url(#…) reference in `svg`, and whether its target is inside the same chart. */
function references(svg: Element): { id: string; own: boolean }[] {
  return [...svg.querySelectorAll('[clip-path]')].map((element) => {
    const id = /url\(#([^)]+)\)/.exec(element.getAttribute('clip-path')!)![1]!;
    return { id, own: svg.querySelector(`[id="${id}"]`) !== null };
  });
}

describe('giveIdsPrefix', () => {
  it('gives two charts from two Plot documents distinct clip ids, each chart\'s lines clipped by its own clip path', () => {
    // The first stands for a live chart on the page, the second for one drawn by another Plot (build time, a worker).
    const first = clippedLineChart(newDocument());
    const second = clippedLineChart(newDocument());
    const firstIds = references(first).map((ref) => ref.id);
    expect(firstIds.length).toBeGreaterThan(0);
    giveIdsPrefix(second, 'fig-static');
    const secondRefs = references(second);
    expect(secondRefs.every((ref) => ref.own && ref.id.startsWith('fig-static-plot-clip-'))).toBe(true);
    expect(secondRefs.some((ref) => firstIds.includes(ref.id))).toBe(false);
    expect(references(first).every((ref) => ref.own)).toBe(true);
  });

  it('rewrites href="#…" and url(#…) in any attribute, and leaves references to ids outside the chart alone', () => {
    const { document } = parseHTML('<!doctype html><html><body><svg><defs><clipPath id="c"><rect/></clipPath><marker id="m"/></defs>'
      + '<path clip-path="url(#c)" marker-end="url(#m)" fill="url(#elsewhere)"/><use href="#m"/></svg></body></html>') as unknown as { document: Document };
    const svg = document.querySelector('svg')!;
    giveIdsPrefix(svg, 'cell-3');
    const path = svg.querySelector('path')!;
    expect(path.getAttribute('clip-path')).toBe('url(#cell-3-c)');
    expect(path.getAttribute('marker-end')).toBe('url(#cell-3-m)');
    expect(path.getAttribute('fill')).toBe('url(#elsewhere)');
    expect(svg.querySelector('use')!.getAttribute('href')).toBe('#cell-3-m');
    expect([...svg.querySelectorAll('[id]')].map((element) => element.id)).toEqual(['cell-3-c', 'cell-3-m']);
  });
});
