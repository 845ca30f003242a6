/**
 * A chapter's MDX as the parts of a notebook, in reading order: prose and math as Markdown (LaTeX
 * kept as $…$ and $$…$$), each ```js run fence as a code cell, and each widget (a JSX element
 * without children) as a short note linking back to its place on the page. JSX elements that wrap
 * content (a table wrapper, code tabs, an exercise) are unwrapped; a wrapper that holds code directly
 * and has a `label` (a code tab) puts its label in bold before it. ESM imports and expressions go.
 * Links are made absolute against the page's URL, so they work from inside Jupyter.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { isRunFence } from '../markdown/remark-run-cells.mjs';

export type ChapterPart =
  | { kind: 'markdown'; source: string }
  | { kind: 'code'; source: string; exercise?: ExerciseCell }
  | { kind: 'widget'; name: string; href: string };

/** A code cell inside an <Exercise>: the reader's answer, or the check that runs it (always in that order). */
export interface ExerciseCell {
  id: string;
  role: 'answer' | 'check';
}

const EXERCISE_ELEMENT = 'Exercise';
/** An exercise's folded parts, as the page folds them: Jupyter renders <details> in Markdown cells. */
const FOLDED_SLOTS: Readonly<Record<string, string>> = { hint: 'Hint', solution: 'Worked solution', explanation: 'Explanation' };
const EXERCISE_ROLES: readonly ExerciseCell['role'][] = ['answer', 'check'];

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
}

const DROPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml']);
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

const isJsx = (node: Nodes): node is Nodes & JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function attributeOf(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** "NeuronDiagram" → "Neuron diagram". */
export function widgetTitle(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ');
  return words.map((word, i) => (i === 0 ? word : word.toLowerCase())).join(' ');
}

/** Markdown without JSX: inline elements keep their content, expressions go, links become absolute. */
function plainMarkdown<T extends Nodes>(node: T, pageUrl: URL): T {
  const copy: { type: string; children?: Nodes[]; url?: string } = { ...node };
  if ((copy.type === 'link' || copy.type === 'image' || copy.type === 'definition') && typeof copy.url === 'string' && !copy.url.startsWith('#')) {
    copy.url = new URL(copy.url, pageUrl).href;
  }
  if (Array.isArray(copy.children)) {
    copy.children = copy.children.flatMap((child): Nodes[] => {
      if (DROPPED.has(child.type)) return [];
      if (isJsx(child)) return child.children.map((grandchild) => plainMarkdown(grandchild, pageUrl));
      return [plainMarkdown(child, pageUrl)];
    });
  }
  return copy as T;
}

/**
 * Writes GFM tables and strikethrough, but not GFM's autolink rules: those escape the point in
 * "TensorFlow.js" (a "w." could start a www. link), which Jupyter would show as written.
 */
function gfmTablesAndStrikethrough(this: { data(): { toMarkdownExtensions?: unknown[] } }): void {
  const data = this.data();
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), gfmTableToMarkdown(), gfmStrikethroughToMarkdown()];
}

function stringify(nodes: RootContent[]): string {
  const root: Root = { type: 'root', children: nodes };
  return unified()
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' })
    .use(remarkMath)
    .use(gfmTablesAndStrikethrough)
    .stringify(root)
    .trim();
}

class PartCollector {
  readonly parts: ChapterPart[] = [];
  #markdown: RootContent[] = [];
  #anchor = '';
  /** The exercise being visited, and how many of its code cells came before. */
  #exercise: { id: string; cellsSeen: number } | undefined;
  readonly #slugger = new GithubSlugger();
  readonly pageUrl: URL;

  constructor(pageUrl: URL) {
    this.pageUrl = pageUrl;
  }

  visit(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.#visitNode(node);
  }

  finish(): ChapterPart[] {
    this.#flushMarkdown();
    return this.parts;
  }

  #visitNode(node: RootContent): void {
    if (DROPPED.has(node.type)) return;
    if (node.type === 'code' && isRunFence(node)) {
      this.#flushMarkdown();
      this.parts.push({ kind: 'code', source: node.value, ...this.#exerciseCell() });
      return;
    }
    if (isJsx(node)) {
      this.#visitElement(node);
      return;
    }
    if (node.type === 'heading') {
      this.#flushMarkdown();
      this.#anchor = this.#slugger.slug(toString(node as Heading));
    }
    this.#markdown.push(plainMarkdown(node, this.pageUrl));
  }

  #visitElement(element: JsxElement): void {
    if (element.children.length === 0) {
      this.#flushMarkdown();
      const href = new URL(this.#anchor ? `#${this.#anchor}` : '', this.pageUrl).href;
      this.parts.push({ kind: 'widget', name: widgetTitle(element.name ?? 'widget'), href });
      return;
    }
    const label = attributeOf(element, 'label');
    if (label && element.children.some((child) => child.type === 'code')) {
      this.#markdown.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }] });
    }
    const exerciseId = element.name === EXERCISE_ELEMENT ? attributeOf(element, 'id') : undefined;
    const folded = FOLDED_SLOTS[attributeOf(element, 'slot') ?? ''];
    if (exerciseId !== undefined) {
      const title = attributeOf(element, 'title');
      if (title) this.#markdown.push({ type: 'heading', depth: 3, children: [{ type: 'text', value: `Exercise: ${title}` }] });
      this.#exercise = { id: exerciseId, cellsSeen: 0 };
      this.visit(element.children);
      this.#exercise = undefined;
    } else if (folded !== undefined) {
      this.#markdown.push({ type: 'html', value: `<details><summary>${folded}</summary>` });
      this.visit(element.children);
      this.#markdown.push({ type: 'html', value: '</details>' });
    } else {
      this.visit(element.children);
    }
  }

  /** The exercise role of the next run cell, if it sits in an exercise; a third run cell is an authoring error. */
  #exerciseCell(): { exercise: ExerciseCell } | Record<string, never> {
    if (!this.#exercise) return {};
    const role = EXERCISE_ROLES[this.#exercise.cellsSeen++];
    if (!role) throw new Error(`Exercise "${this.#exercise.id}" has more than an answer cell and a check cell.`);
    return { exercise: { id: this.#exercise.id, role } };
  }

  #flushMarkdown(): void {
    if (this.#markdown.length === 0) return;
    const source = stringify(this.#markdown);
    this.#markdown = [];
    if (source !== '') this.parts.push({ kind: 'markdown', source });
  }
}

/** `mdx` is the chapter's source (frontmatter, if present, is skipped); `pageUrl` is where the chapter is served. */
export function chapterParts(mdx: string, pageUrl: string): ChapterPart[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm).parse(mdx.replace(FRONTMATTER, ''));
  const collector = new PartCollector(new URL(pageUrl));
  collector.visit(tree.children);
  return collector.finish();
}
