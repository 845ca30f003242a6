import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { compileCell } from '../../components/notebook/kernel/compile-cell';
import { remarkRunCells } from '../../site/markdown/remark-run-cells.mjs';

interface MdNode {
  type: string;
  name?: string;
  value?: string;
  lang?: string | null;
  meta?: string | null;
  attributes?: Array<{ name: string; value: string }>;
  children?: MdNode[];
}

const CONTENT_DIR = join(import.meta.dirname, '../../content');

/** The Markdown tree right after remarkRunCells, inside MDX's own pipeline. */
async function transformTree(markdown: string): Promise<MdNode> {
  let captured: MdNode | undefined;
  const capture = () => (tree: unknown) => {
    captured = structuredClone(tree) as MdNode;
  };
  await compile(markdown, { remarkPlugins: [remarkRunCells, capture] });
  return captured!;
}

function findAll(node: MdNode, test: (node: MdNode) => boolean): MdNode[] {
  return [...(test(node) ? [node] : []), ...(node.children ?? []).flatMap((child) => findAll(child, test))];
}

function attributesOf(node: MdNode): Record<string, string> {
  return Object.fromEntries((node.attributes ?? []).map(({ name, value }) => [name, value]));
}

/** Text as assistive technology reads it: aria-hidden parts left out. */
function textOf(node: MdNode): string {
  if (attributesOf(node)['aria-hidden'] === 'true') return '';
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

const RUN_FENCE = '```js run\nconst a = 1; // "quoted" & <b>\na + 1\n```';
const STATIC_FENCE = '```js\nconst still = "static";\n```';

describe('remarkRunCells', () => {
  it('turns a ```js run fence into a notebook cell that keeps the code for highlighting', async () => {
    const tree = await transformTree(`Intro.\n\n${RUN_FENCE}\n`);
    const [cell] = findAll(tree, (node) => node.name === 'notebook-cell');
    expect(attributesOf(cell)).toMatchObject({
      id: 'cell-1',
      'data-cell': 'cell-1',
      'data-state': 'idle',
      'data-source': 'const a = 1; // "quoted" & <b>\na + 1',
    });
    const [code] = findAll(cell, (node) => node.type === 'code');
    expect(code).toMatchObject({ lang: 'js', meta: null, value: 'const a = 1; // "quoted" & <b>\na + 1' });

    const buttons = findAll(cell, (node) => node.name === 'button');
    expect(buttons.map(textOf)).toEqual(['Run cell 1', 'Edit cell 1', 'Reset cell 1']);
    const [output] = findAll(cell, (node) => attributesOf(node)['data-part'] === 'output');
    expect(attributesOf(output)).toMatchObject({ role: 'status', 'aria-live': 'polite' });
    expect(output.children).toEqual([]);
    expect(textOf(findAll(cell, (node) => attributesOf(node)['data-part'] === 'count')[0])).toBe('[ ]');
  });

  it('numbers cells in page order and puts the kernel toolbar before the first one', async () => {
    const tree = await transformTree(`${STATIC_FENCE}\n\n${RUN_FENCE}\n\nText.\n\n${RUN_FENCE}\n`);
    const flow = (tree.children ?? []).map((node) => node.name ?? node.type);
    expect(flow).toEqual(['mdxjsEsm', 'code', 'NotebookKernel', 'notebook-cell', 'paragraph', 'notebook-cell']);
    const ids = findAll(tree, (node) => node.name === 'notebook-cell').map((cell) => attributesOf(cell)['data-cell']);
    expect(ids).toEqual(['cell-1', 'cell-2']);
    expect(tree.children?.[0].value).toMatch(/^import NotebookKernel from ".*components\/notebook\/NotebookKernel\.astro";$/);
  });

  it('leaves plain fences alone and adds nothing to a page without cells', async () => {
    const tree = await transformTree(`${STATIC_FENCE}\n\n\`\`\`python run\nprint(1)\n\`\`\`\n`);
    expect((tree.children ?? []).map((node) => node.type)).toEqual(['code', 'code']);
    expect(tree.children?.[0]).toMatchObject({ lang: 'js', value: 'const still = "static";' });
  });

  it('keeps other meta words for Expressive Code and drops only `run`', async () => {
    const tree = await transformTree('```js title="neuron.js" run\nx\n```\n');
    const [code] = findAll(tree, (node) => node.type === 'code');
    expect(code.meta).toBe('title="neuron.js"');
  });

  it('produces MDX that compiles, with the source escaped safely in the attribute', async () => {
    const compiled = String(await compile(`${RUN_FENCE}\n`, { remarkPlugins: [remarkRunCells] }));
    expect(compiled).toContain('import NotebookKernel from');
    expect(compiled).toContain('"data-source": "const a = 1; // \\"quoted\\" & <b>\\na + 1"');
  });
});

describe('the cells in content/', () => {
  const cells = readdirSync(CONTENT_DIR)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) =>
      [...readFileSync(join(CONTENT_DIR, file), 'utf8').matchAll(/^```js run[^\n]*\n([\s\S]*?)^```/gm)].map((match, index) => ({
        name: `${file} cell ${index + 1}`,
        source: match[1].replace(/\n$/, ''),
      })),
    );

  it('exist', () => {
    expect(cells.length).toBeGreaterThan(0);
  });

  it.each(cells)('$name transforms into code that compiles', ({ source }) => {
    expect(() => compileCell(source, 'cell-1')).not.toThrow();
  });
});
