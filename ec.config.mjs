// @ts-check
// Expressive Code's options live here, not in astro.config.mjs, so that the <Code> component
// (used by components/exercise/Exercise.astro for worked solutions) renders with the same settings.
import { defineEcConfig } from 'astro-expressive-code';

export default defineEcConfig({
  themes: ['github-light', 'github-dark'],
  themeCssSelector: (theme) => (theme.type === 'dark' ? '[data-theme=dark]' : '[data-theme=light]'),
  // Code follows the page's data-theme only, so with scripts off (no data-theme) it matches the light page.
  useDarkModeMediaQuery: false,
  styleOverrides: { codeFontFamily: 'var(--font-mono)', uiFontFamily: 'var(--font-sans)' },
});
