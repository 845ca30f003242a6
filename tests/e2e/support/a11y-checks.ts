/** Accessibility checks shared by the specs: axe's blocking findings, charts' text alternatives, focus rings. */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
/** Smaller drawings are icons (legend swatches, symbols in a table), not charts. */
const MIN_CHART_SIDE_PX = 48;

/** axe's serious and critical violations, one readable line each. */
export async function blockingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 4).map((node) => node.target.join(' ')).join(' | ')}`);
}

export interface ChartAlternative {
  chart: string;
  name: string;
}

/**
 * Every visible chart (an svg or canvas at least MIN_CHART_SIDE_PX on each side, not hidden from
 * assistive technology) under `scope`, with the text that describes it: its own aria-label or
 * aria-labelledby, else its figure's caption.
 */
export async function chartAlternatives(scope: Locator): Promise<ChartAlternative[]> {
  return scope.evaluate((root, minSide) => {
    const textOf = (ids: string | null) => (ids ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const charts = [...root.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')].filter((chart) => {
      const box = chart.getBoundingClientRect();
      const nested = chart.parentElement?.closest('svg') != null;
      return !nested && box.width >= minSide && box.height >= minSide && chart.checkVisibility() && !chart.closest('[aria-hidden="true"]');
    });
    return charts.map((chart) => {
      const own = chart.getAttribute('aria-label') ?? textOf(chart.getAttribute('aria-labelledby'));
      const caption = chart.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
      const where = chart.closest('[id]')?.id ?? chart.localName;
      return { chart: `${chart.localName} in #${where}`, name: (own || caption).replace(/\s+/g, ' ').trim() };
    });
  }, MIN_CHART_SIDE_PX);
}

/** Whether the focused element shows a ring: an outline of at least 2 px, or a box shadow. */
export async function focusRingOf(element: Locator): Promise<{ visible: boolean; ring: boolean }> {
  return element.evaluate((node) => {
    const style = getComputedStyle(node);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { visible: node.matches(':focus-visible'), ring: outline || style.boxShadow !== 'none' };
  });
}
