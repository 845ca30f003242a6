/**
 * The colours charts draw with, read from the page's CSS variables so charts follow the theme.
 * Classes use the Okabe–Ito pair --c2 (class 0) and --c1 (class 1); shapes carry the same meaning.
 */
import { mixHex } from './colour';

/** How strongly the heatmap tints towards each class colour; the rest is page background. */
const HEATMAP_TINT = 0.38;

export interface ChartPalette {
  fg: string;
  muted: string;
  bg: string;
  border: string;
  accent: string;
  classColours: [string, string];
  /** Heatmap range: towards class 0, neutral, towards class 1. */
  heat: [string, string, string];
}

export function readPalette(element: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const bg = read('--bg');
  const class0 = read('--c2');
  const class1 = read('--c1');
  return {
    fg: read('--fg'),
    muted: read('--fg-muted'),
    bg,
    border: read('--border'),
    accent: read('--accent'),
    classColours: [class0, class1],
    heat: [mixHex(class0, bg, HEATMAP_TINT), bg, mixHex(class1, bg, HEATMAP_TINT)],
  };
}

/** Calls back after the theme switch changes colours; returns the unsubscribe function. */
export function onThemeChange(callback: () => void): () => void {
  document.addEventListener('themechange', callback);
  return () => document.removeEventListener('themechange', callback);
}

/** Plot's root style: transparent so the widget's background shows, text in the page colour. */
export function plotStyle(palette: ChartPalette): Record<string, string> {
  return { background: 'transparent', color: palette.fg, fontSize: '12px', fontFamily: 'inherit', overflow: 'visible' };
}
