/** The site's Markdown steps, run through Astro's own Markdown processor as a chapter would be. */
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { describe, expect, it } from 'vitest';
import { headingAnchorOptions, headingText } from '../../site/markdown/heading-anchors.mjs';
import { rehypeSiteLinks, withBase } from '../../site/markdown/rehype-site-links.mjs';
import { rehypeTableScroll } from '../../site/markdown/rehype-table-scroll.mjs';
import { rehypeChapterSections, wrapSections } from '../../site/markdown/rehype-chapter-sections.mjs';

async function render(markdown: string, { base = '/', file = '/repo/content/08-how-to-choose.mdx' } = {}) {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [remarkMath],
    rehypePlugins: [
      [rehypeKatex, { output: 'htmlAndMathml' }],
      rehypeHeadingIds,
      [rehypeAutolinkHeadings, headingAnchorOptions],
      [rehypeSiteLinks, { site: 'https://example.org', base }],
      rehypeTableScroll,
      rehypeChapterSections,
    ],
  });
  return processor.render(markdown, { fileURL: new URL(`file://${file}`) });
}

describe('heading anchors', () => {
  it('puts a named "#" link beside each h2–h4, outside the heading, and leaves the ToC text alone', async () => {
    const { code, metadata } = await render('## The weighted sum\n\n### Why $\\beta$ matters\n\n##### Too deep');
    expect(code).toContain('<div class="heading-wrap heading-wrap-h2"><h2 id="the-weighted-sum">The weighted sum</h2><a class="heading-anchor" data-pagefind-ignore="" href="#the-weighted-sum">');
    expect(code).toContain('Link to section “The weighted sum”');
    expect(code).toMatch(/Link to section “Why β.*matters”/);
    expect(code).not.toMatch(/<h5[^>]*>.*heading-anchor/);
    expect(metadata.headings.map((heading) => heading.text)).toEqual(['The weighted sum', expect.stringMatching(/^Why .*matters$/), 'Too deep']);
  });

  it('reads a heading as a reader hears it: math once, not its layout copy', () => {
    const heading = {
      type: 'element', tagName: 'h2', children: [
        { type: 'text', value: 'Why ' },
        { type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [
          { type: 'element', tagName: 'span', properties: { className: ['katex-mathml'] }, children: [{ type: 'text', value: 'β' }, { type: 'element', tagName: 'annotation', children: [{ type: 'text', value: '\\beta' }] }] },
          { type: 'element', tagName: 'span', properties: { className: ['katex-html'] }, children: [{ type: 'text', value: 'β' }] },
        ] },
      ],
    };
    expect(headingText(heading)).toBe('Why β');
  });
});

describe('links', () => {
  it('get the base path when written from the root, and their address for print', async () => {
    const markdown = '[a](/chapters/swish/) [b](../swish/) [c](https://www.tensorflow.org/js) [d](#section)';
    const { code } = await render(markdown, { base: '/activation-lab/' });
    expect(code).toContain('href="/activation-lab/chapters/swish/" data-print-url="https://example.org/activation-lab/chapters/swish/"');
    expect(code).toContain('href="../swish/" data-print-url="https://example.org/activation-lab/chapters/swish/"');
    expect(code).toContain('href="https://www.tensorflow.org/js" data-print-url="https://www.tensorflow.org/js"');
    expect(code).toContain('<a href="#section">d</a>');
  });

  it('leave addresses that already carry the base, or that leave the site, as written', () => {
    expect(withBase('/activation-lab/chapters/swish/', '/activation-lab/')).toBe('/activation-lab/chapters/swish/');
    expect(withBase('//cdn.example.org/x.js', '/activation-lab/')).toBe('//cdn.example.org/x.js');
    expect(withBase('/chapters/swish/', '/')).toBe('/chapters/swish/');
  });
});

describe('tables', () => {
  it('go into a scroll box of their own', async () => {
    const { code } = await render('| a | b |\n|---|---|\n| 1 | 2 |');
    expect(code).toMatch(/^<div class="table-scroll"><table>/);
  });
});

describe('sections', () => {
  it('start at each h2 and run to the next; what comes before the first h2 stays outside', async () => {
    const { code } = await render('Intro.\n\n## One\n\nText $x$.\n\n### Deeper\n\nMore.\n\n## Two\n\nLast.');
    const sections = code.match(/<section class="prose-section">[\s\S]*?<\/section>/g) ?? [];
    expect(code.startsWith('<p>Intro.</p>')).toBe(true);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/^<section class="prose-section"><div class="heading-wrap heading-wrap-h2"><h2 id="one">/);
    expect(sections[0]).toContain('<h3 id="deeper">');
    expect(sections[0]).toContain('<p>More.</p>');
    expect(sections[0]).not.toContain('Two');
    expect(sections[1]).toMatch(/<h2 id="two">[\s\S]*<p>Last.<\/p>\n?<\/section>$/);
  });

  it('leave module imports at the top level, where MDX needs them', () => {
    const esm = { type: 'mdxjsEsm', value: "import X from './x'" };
    const heading = { type: 'element', tagName: 'h2', children: [] };
    const paragraph = { type: 'element', tagName: 'p', children: [] };
    const [first, second] = wrapSections([heading, esm, paragraph]);
    expect(first).toMatchObject({ tagName: 'section', children: [heading, paragraph] });
    expect(second).toBe(esm);
  });
});
