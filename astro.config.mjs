// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import expressiveCode from 'astro-expressive-code';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkRunCells } from './site/markdown/remark-run-cells.mjs';
import { headingAnchorOptions } from './site/markdown/heading-anchors.mjs';
import { rehypeSiteLinks } from './site/markdown/rehype-site-links.mjs';
import { rehypeTableScroll } from './site/markdown/rehype-table-scroll.mjs';
import { rehypeChapterSections } from './site/markdown/rehype-chapter-sections.mjs';
import { contentSecurityPolicy } from './site/content-security-policy.mjs';
import { siteAddress } from './site/config/site-address.mjs';
import { labWithoutSideEffects } from './site/config/lab-without-side-effects.mjs';

// ACTIVATION_LAB_SITE and ACTIVATION_LAB_BASE say where the site is deployed (site/config/site-address.mjs).
const { site, base, siteIsDefault } = siteAddress(process.env);
if (siteIsDefault && process.argv.includes('build')) {
  console.warn(`[activation-lab] ACTIVATION_LAB_SITE is not set: canonical links and the sitemap point at ${site}.`);
}

export default defineConfig({
  site,
  base,
  srcDir: './site',
  publicDir: './public',
  // Parallel builds (tests, benchmarks) may each use their own output folder.
  outDir: process.env.ACTIVATION_LAB_OUT ?? './dist',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  security: { csp: contentSecurityPolicy },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkRunCells],
      rehypePlugins: [
        [rehypeKatex, { output: 'htmlAndMathml', throwOnError: true }],
        // Ids first (Astro would add them only after every plugin), so the anchors can link to them.
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, headingAnchorOptions],
        [rehypeSiteLinks, { site, base }],
        rehypeTableScroll,
        // After the heading wrappers exist: a section starts at each h2's wrapper.
        rehypeChapterSections,
      ],
    }),
  },
  integrations: [
    expressiveCode({
      themes: ['github-light', 'github-dark'],
      themeCssSelector: (theme) => (theme.type === 'dark' ? '[data-theme=dark]' : '[data-theme=light]'),
      // Code follows the page's data-theme only, so with scripts off (no data-theme) it matches the light page.
      useDarkModeMediaQuery: false,
      styleOverrides: { codeFontFamily: 'var(--font-mono)', uiFontFamily: 'var(--font-sans)' },
    }),
    mdx(),
    // The 404 page is no page to index.
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
  ],
  vite: {
    plugins: [labWithoutSideEffects()],
    optimizeDeps: { exclude: ['@tensorflow/tfjs-backend-wasm'] },
    // The notebook kernel worker (components/notebook/worker/) is a module worker that loads tfjs,
    // Plot and the lab API in chunks of its own.
    // Its .wasm binaries take the page's names (Astro's `_astro/[name].[hash]`), so a page that used wasm
    // and then trains in a worker fetches each binary once: same bytes, same URL, one cache entry.
    worker: { format: 'es', rolldownOptions: { output: { assetFileNames: '_astro/[name].[hash][extname]' } } },
    // ACTIVATION_LAB_UNMINIFIED=1 keeps function names readable for `npm run bench:profile`.
    build: { chunkSizeWarningLimit: 2000, minify: process.env.ACTIVATION_LAB_UNMINIFIED ? false : undefined },
  },
});
