// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import expressiveCode from 'astro-expressive-code';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkRunCells } from './site/markdown/remark-run-cells.mjs';
import { contentSecurityPolicy } from './site/content-security-policy.mjs';

export default defineConfig({
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
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', throwOnError: true }]],
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
  ],
  vite: {
    optimizeDeps: { exclude: ['@tensorflow/tfjs-backend-wasm'] },
    // ACTIVATION_LAB_UNMINIFIED=1 keeps function names readable for `npm run bench:profile`.
    build: { chunkSizeWarningLimit: 2000, minify: process.env.ACTIVATION_LAB_UNMINIFIED ? false : undefined },
  },
});
