/** Where the reader's theme choice is remembered, and the choices there are. Shared by the
 *  pre-paint script and the theme switch so both read the same key. */
export const THEME_STORAGE_KEY = 'theme';
export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
