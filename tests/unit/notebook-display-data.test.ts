import * as PlotModule from '@observablehq/plot';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { consoleText, displayValue } from '../../components/notebook/render/display-data';
import { MAX_TABLE_ROWS } from '../../components/notebook/render/table-data';
import { workerPlot } from '../../components/notebook/worker/worker-plot';

describe('displayValue (what the kernel worker sends the page)', () => {
  it('sends strings as they are and other values inspected', () => {
    expect(displayValue('plain text')).toEqual({ kind: 'text', text: 'plain text' });
    expect(displayValue({ a: [1, 2], b: 'x' })).toEqual({ kind: 'text', text: '{ a: [1, 2], b: "x" }' });
  });

  it('prints a tensor like tensor.print(), as text', () => {
    const tensor = tf.tensor2d([[1, 2], [3, 4.5]]);
    expect(displayValue(tensor)).toEqual({ kind: 'text', text: 'Tensor float32 shape [2, 2]\n[[  1,   2],\n [  3, 4.5]]' });
    tensor.dispose();
  });

  it('turns rows of objects into table data: the first rows, every column, cells as text', () => {
    const rows = Array.from({ length: MAX_TABLE_ROWS + 5 }, (_, index) => ({ index, label: `row ${index}`, nested: { deep: index } }));
    const data = displayValue(rows);
    expect(data.kind).toBe('table');
    if (data.kind !== 'table') return;
    expect(data.table.columns).toEqual(['index', 'label', 'nested']);
    expect(data.table.rows).toHaveLength(MAX_TABLE_ROWS);
    expect(data.table.rows[3]).toEqual(['3', 'row 3', '{ deep: 3 }']);
    expect(data.table.totalRows).toBe(MAX_TABLE_ROWS + 5);
  });

  it('sends a chart drawn in the worker (no page document) as its SVG markup', () => {
    const Plot = workerPlot(PlotModule);
    const fromMark = displayValue(Plot.dot([[1, 2], [2, 3], [3, 1]]).plot({ width: 320, height: 200 }));
    const fromPlot = displayValue(Plot.plot({ width: 320, height: 200, marks: [Plot.lineY([1, 3, 2])] }));
    for (const data of [fromMark, fromPlot]) {
      expect(data.kind).toBe('markup');
      if (data.kind === 'markup') expect(data.markup).toMatch(/^<svg [^>]*viewBox="0 0 320 200"/);
    }
    expect(fromMark.kind === 'markup' && fromMark.markup.match(/<circle /g)?.length).toBe(3);
    expect(fromPlot.kind === 'markup' && fromPlot.markup).toContain('<path ');
  });

  it('joins console arguments as a console would', () => {
    expect(consoleText(['loss', 0.25, [1, 2], { ok: true }])).toBe('loss 0.25 [1, 2] { ok: true }');
  });
});
