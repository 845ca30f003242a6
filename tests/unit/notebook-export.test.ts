import { readFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { builtinsUsed, freeNamesOf } from '../../site/notebook-export/cell-names.ts';
import { chapterNotebook } from '../../site/notebook-export/chapter-notebook.ts';
import { chapterParts, widgetTitle } from '../../site/notebook-export/chapter-parts.ts';
import { declarationClashes } from '../../site/notebook-export/declaration-clashes.ts';
import { DENO_CUSTOM_INSPECT, JUPYTER_DISPLAY, notebookPlot, showTensorValues } from '../../site/notebook-export/helpers/notebook-helpers.ts';
import type { NotebookBundles } from '../../site/notebook-export/notebook-bundles.ts';
import { setupCellSource } from '../../site/notebook-export/setup-cell.ts';
import { siteUrl } from '../../site/notebook-export/site-address.ts';

const PAGE = 'https://example.org/guide/chapters/demo/';
const FENCE = '```';

const MDX = `---
title: Demo
---
import Neuron from '../components/widgets/neuron/Neuron.astro';

## First steps

Prose with $z = wx + b$, a [link](../other/) and <kbd>Enter</kbd>.

$$
a = f(z)
$$

<div class="table-scroll">

| x | f(x) |
|---|---|
| 1 | 2 |

</div>

${FENCE}js run
const z = tf.scalar(1);
z
${FENCE}

${FENCE}python
print("static")
${FENCE}

## Try it

<Neuron />

<CodeTabs label="Framework">
<CodeTab label="TensorFlow.js">

${FENCE}js run
display(makeDataset('xor', { seed: 1 }).train.xs.length)
${FENCE}

</CodeTab>
</CodeTabs>
`;

const BUNDLES: NotebookBundles = {
  lab: { fileName: 'lab-ABC.js', code: '', exports: ['makeDataset', 'trainOnDataset', 'tf'] },
  helpers: { fileName: 'notebook-helpers-DEF.js', code: '', exports: ['display', 'notebookPlot', 'showTensorValues'] },
  npmSpecifiers: { '@tensorflow/tfjs': 'npm:@tensorflow/tfjs@4.22.0', '@observablehq/plot': 'npm:@observablehq/plot@0.6.17', linkedom: 'npm:linkedom@0.18.15', papaparse: 'npm:papaparse@5.5.3' },
};

describe('chapterParts', () => {
  const parts = chapterParts(MDX, PAGE);

  it('keeps prose and math as Markdown, makes run fences code cells and widgets notes', () => {
    expect(parts.map((part) => part.kind)).toEqual(['markdown', 'code', 'markdown', 'markdown', 'widget', 'markdown', 'code']);
    const [first, code, staticCode, , widget, label, second] = parts;
    expect(first).toMatchObject({ kind: 'markdown' });
    const prose = (first as { source: string }).source;
    expect(prose).toContain('## First steps');
    expect(prose).toContain('$z = wx + b$');
    expect(prose).toContain('$$\na = f(z)\n$$');
    expect(prose).toContain('[link](https://example.org/guide/chapters/other/)');
    expect(prose).toContain('Enter');
    expect(prose).not.toContain('kbd');
    expect(prose).toContain('| x | f(x) |');
    expect(prose).not.toContain('table-scroll');
    expect(code).toEqual({ kind: 'code', source: 'const z = tf.scalar(1);\nz' });
    expect((staticCode as { source: string }).source).toBe(`${FENCE}python\nprint("static")\n${FENCE}`);
    expect(widget).toEqual({ kind: 'widget', name: 'Neuron', href: `${PAGE}#try-it` });
    expect((label as { source: string }).source).toBe('**TensorFlow.js**');
    expect(second).toEqual({ kind: 'code', source: "display(makeDataset('xor', { seed: 1 }).train.xs.length)" });
  });

  it('names widgets in words', () => {
    expect(widgetTitle('NeuronDiagram')).toBe('Neuron diagram');
    expect(widgetTitle('SwishVsRelu')).toBe('Swish vs relu');
  });
});

const EXERCISE_MDX = `## Exercises

<Exercise id="neuron-output" title="One neuron">

Write \`neuron(x, w, b)\`.

${FENCE}js run
function neuron(x, w, b) {}
${FENCE}

${FENCE}js run
await lab.checkExercise('neuron-output', neuron)
${FENCE}

<Fragment slot="hint">

Start at the bias.

</Fragment>
<Fragment slot="solution">

${FENCE}js
function neuron() { return 1; }
${FENCE}

</Fragment>
</Exercise>
`;

describe('chapterParts of an exercise', () => {
  it('marks the answer and the check cell, titles the exercise and folds its hint and solution', () => {
    const parts = chapterParts(EXERCISE_MDX, PAGE);
    expect(parts.filter((part) => part.kind === 'code')).toEqual([
      { kind: 'code', source: 'function neuron(x, w, b) {}', exercise: { id: 'neuron-output', role: 'answer' } },
      { kind: 'code', source: "await lab.checkExercise('neuron-output', neuron)", exercise: { id: 'neuron-output', role: 'check' } },
    ]);
    const markdown = parts.flatMap((part) => (part.kind === 'markdown' ? [part.source] : [])).join('\n');
    expect(markdown).toContain('### Exercise: One neuron');
    expect(markdown).toMatch(/<details><summary>Hint<\/summary>\s+Start at the bias\.\s+<\/details>/);
    expect(markdown).toMatch(/<details><summary>Worked solution<\/summary>\s+```js\nfunction neuron\(\) \{ return 1; \}\n```\s+<\/details>/);
  });

  it('refuses an exercise with a third run cell', () => {
    const third = EXERCISE_MDX.replace('<Fragment slot="hint">', `${FENCE}js run\n1\n${FENCE}\n\n<Fragment slot="hint">`);
    expect(() => chapterParts(third, PAGE)).toThrow(/Exercise "neuron-output" has more than an answer cell and a check cell/);
  });
});

describe('declarationClashes', () => {
  it('finds a name declared as a function in one cell and with const, let or class in another', () => {
    expect(declarationClashes(['const neuron = 1;', 'neuron', 'function neuron() {}'])).toEqual([{ name: 'neuron', firstCell: 1, clashingCell: 3 }]);
    expect(declarationClashes(['function f() {}', 'class f {}'])).toEqual([{ name: 'f', firstCell: 1, clashingCell: 2 }]);
    expect(declarationClashes(['function f() {}', 'let { f } = o; var g = 1;', 'function g() {}'])).toEqual([]);
  });

  it('lets cells declare a name again the same way, as rerunning an edited cell does', () => {
    expect(declarationClashes(['const a = 1;', 'const a = 2;', 'function f() {}', 'function f() { return 1; }', 'const broken = ;'])).toEqual([]);
  });
});

describe('cell names', () => {
  it('finds the names a cell uses without declaring them, as the page kernel does', () => {
    expect(freeNamesOf('const a = lab.train(x).display; display(a?.Plot)').sort()).toEqual(['display', 'lab', 'x']);
    expect(freeNamesOf('const broken = ;')).toEqual([]);
    expect(builtinsUsed(['const train = 1; tf.add(1, 2)', 'display(train); Plot.plot()'], ['tf', 'Plot', 'display', 'train', 'makeDataset']))
      .toEqual(['tf', 'Plot', 'display']);
  });
});

describe('setupCellSource', () => {
  it('imports tf always, and Plot, display and lab helpers only when cells use them', () => {
    const urls = { labUrl: 'https://x.org/notebooks/lab-ABC.js', helpersUrl: 'https://x.org/notebooks/notebook-helpers-DEF.js' };
    const bare = setupCellSource({ used: ['tf'], bundles: BUNDLES, ...urls });
    expect(bare).toContain('import * as tf from "npm:@tensorflow/tfjs@4.22.0";');
    expect(bare).toContain(`import { showTensorValues } from "${urls.helpersUrl}";`);
    expect(bare).not.toContain('ObservablePlot');
    expect(bare).not.toContain(urls.labUrl);
    const full = setupCellSource({ used: ['tf', 'Plot', 'display', 'lab', 'makeDataset'], bundles: BUNDLES, ...urls });
    expect(full).toContain('import * as ObservablePlot from "npm:@observablehq/plot@0.6.17";');
    expect(full).toContain(`import { display, notebookPlot, showTensorValues } from "${urls.helpersUrl}";`);
    expect(full).toContain(`import { makeDataset } from "${urls.labUrl}";`);
    expect(full).toContain(`import * as lab from "${urls.labUrl}";`);
    expect(full).toContain('const Plot = notebookPlot(ObservablePlot);');
  });
});

describe('chapterNotebook', () => {
  it('turns a real chapter into nbformat 4 for the Deno kernel, with every run cell in order', () => {
    const mdx = readFileSync('content/01-the-artificial-neuron.mdx', 'utf8');
    const notebook = JSON.parse(chapterNotebook({ slug: 'the-artificial-neuron', title: 'The artificial neuron', summary: 'S', order: 1, mdx }, BUNDLES, { site: 'https://x.org', base: '/lab/' }));
    expect(notebook.nbformat).toBe(4);
    expect(notebook.metadata.kernelspec.name).toBe('deno');
    expect(notebook.metadata.activation_lab.lab_module).toBe('https://x.org/lab/notebooks/lab-ABC.js');
    const code = notebook.cells.filter((cell: { cell_type: string }) => cell.cell_type === 'code');
    const fences = [...mdx.matchAll(/```js run\n([\s\S]*?)\n```/g)].map((match) => match[1]);
    expect(code.slice(1).map((cell: { source: string[] }) => cell.source.join(''))).toEqual(fences);
    expect(new Set(notebook.cells.map((cell: { id: string }) => cell.id)).size).toBe(notebook.cells.length);
  });

  it('tags each exercise check cell as expected to fail, so Run All carries on past an unsolved exercise', () => {
    const mdx = readFileSync('content/01-the-artificial-neuron.mdx', 'utf8');
    const notebook = JSON.parse(chapterNotebook({ slug: 'the-artificial-neuron', title: 'T', summary: 'S', order: 1, mdx }, BUNDLES, { site: 'https://x.org', base: '/' }));
    type Cell = { cell_type: string; metadata: { tags?: string[]; activation_lab?: { exercise?: { id: string; role: string } } } };
    const exerciseCells = (notebook.cells as Cell[]).filter((cell) => cell.metadata.activation_lab?.exercise);
    const ids = [...mdx.matchAll(/<Exercise id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(exerciseCells.map((cell) => [cell.metadata.activation_lab!.exercise!.id, cell.metadata.activation_lab!.exercise!.role]))
      .toEqual(ids.flatMap((id) => [[id, 'answer'], [id, 'check']]));
    expect(exerciseCells.map((cell) => cell.metadata.tags ?? [])).toEqual(ids.flatMap(() => [[], ['raises-exception']]));
  });

  it('refuses a chapter whose cells Deno would refuse to declare twice, naming the cells', () => {
    const mdx = `${FENCE}js run\nconst neuron = 1;\n${FENCE}\n\n${FENCE}js run\nfunction neuron() {}\n${FENCE}\n`;
    expect(() => chapterNotebook({ slug: 'clash', title: 'T', summary: 'S', order: 1, mdx }, BUNDLES, { site: 'https://x.org', base: '/' }))
      .toThrow('Chapter "clash": code cells 1 and 2 both declare "neuron"');
  });

  it('points at the configured site, or at the local server without one', () => {
    expect(siteUrl('notebooks/a.ipynb', { site: 'https://x.org', base: '/' })).toBe('https://x.org/notebooks/a.ipynb');
    expect(siteUrl('notebooks/a.ipynb', { site: 'https://x.org/', base: '/guide' })).toBe('https://x.org/guide/notebooks/a.ipynb');
    expect(siteUrl('chapters/a/', { site: undefined, base: '/' })).toBe('http://localhost:4321/chapters/a/');
  });
});

describe('notebook helpers', () => {
  it('draw Plot charts without a browser and show them as SVG, or as HTML when Plot makes a figure', () => {
    const NotebookPlot = notebookPlot({ ...Plot });
    const chart = NotebookPlot.plot({ marks: [Plot.lineY([1, 3, 2])] }) as unknown as Record<symbol, () => Record<string, string>>;
    expect(chart[JUPYTER_DISPLAY]!()['image/svg+xml']).toMatch(/^<svg[^>]*>[\s\S]*<path/);
    const fromMark = Plot.dot([[1, 2]]).plot({ title: 'A title' }) as unknown as Record<symbol, () => Record<string, string>>;
    expect(fromMark[JUPYTER_DISPLAY]!()['text/html']).toMatch(/^<figure[\s\S]*A title[\s\S]*<svg/);
  });

  it('show a tensor with its values', () => {
    showTensorValues(tf);
    const tensor = tf.tensor1d([0.5, 2]);
    const inspect = (tensor as unknown as Record<symbol, () => string>)[DENO_CUSTOM_INSPECT]!;
    expect(inspect.call(tensor)).toBe(tensor.toString());
    expect(inspect.call(tensor)).toContain('[0.5, 2]');
    tensor.dispose();
  });
});
