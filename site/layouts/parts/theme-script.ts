// The inline script that applies the stored theme before first paint (build-time only: it hashes
// itself with node:crypto so the page's Content-Security-Policy can allow exactly this script).
import { createHash } from 'node:crypto';
import { THEME_CHOICES, THEME_STORAGE_KEY } from './theme-storage';

export const THEME_SCRIPT = `(() => {
  let choice = 'auto';
  try { choice = localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)}) || 'auto'; } catch {}
  if (!${JSON.stringify(THEME_CHOICES)}.includes(choice)) choice = 'auto';
  const dark = choice === 'dark' || (choice === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  document.documentElement.dataset.themeChoice = choice;
})();`;

export const THEME_SCRIPT_HASH = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;
