/**
 * The activation explorer's module, loaded when the widget nears the screen. It reads the view from
 * the URL (validated, with notices), builds the controls, and redraws charts, formulas and table at
 * a capped rate as the reader changes things. Nothing here trains, so there is no demo state.
 */
import { hasActivation } from '../../../lab/index';
import { onThemeChange, readPalette } from '../../ui/charts/chart-palette';
import { createRepaintScheduler } from '../../ui/demo-run/repaint';
import { readSeriesColours } from '../../ui/charts/series-style';
import { noticeList } from '../../ui/text/notice-list';
import { DEFAULT_CURVES, MAX_CURVES } from './explorer-config';
import { curveFieldset, findTemplates, type ControlTemplates } from './explorer-controls';
import { copyViewLink } from './explorer-copy-link';
import { defaultCurves, withAddedCurve, withoutCurve, type CurveListChange } from './explorer-curve-list';
import type { ExplorerCurve } from './explorer-curves';
import { decodeExplorerState, encodeExplorerState } from './explorer-url';
import { loadMath, type MathTable } from './explorer-math';
import { findExplorerParts, type ExplorerParts } from './explorer-parts';
import { drawCharts, drawFormulas, drawProperties } from './explorer-view';

const NOTICE_INTRO = 'The link asked for something the explorer cannot show, so it shows this instead:';

export async function mount(root: HTMLElement): Promise<void> {
  const math = await loadMath(root.dataset.mathUrl);
  const decoded = decodeExplorerState(location.search, DEFAULT_CURVES);
  new ActivationExplorer(root, findExplorerParts(root), findTemplates(root), math, decoded.curves).start(decoded.notices);
}

class ActivationExplorer {
  readonly #root: HTMLElement;
  readonly #parts: ExplorerParts;
  readonly #templates: ControlTemplates;
  readonly #math: MathTable;
  readonly #repaint = createRepaintScheduler(() => this.#paint());
  #curves: ExplorerCurve[];
  #palette = readPalette();
  #colours = readSeriesColours();
  /** Formulas and the table change only when a function or a parameter does, not on resize. */
  #textDirty = true;

  constructor(root: HTMLElement, parts: ExplorerParts, templates: ControlTemplates, math: MathTable, curves: ExplorerCurve[]) {
    this.#root = root;
    this.#parts = parts;
    this.#templates = templates;
    this.#math = math;
    this.#curves = curves;
  }

  start(notices: readonly string[]): void {
    const { add, reset, copy, controls } = this.#parts;
    this.#showNotices(notices);
    add.addEventListener('click', () => this.#apply(withAddedCurve(this.#curves)));
    reset.addEventListener('click', () => {
      this.#showNotices([]);
      this.#apply({ curves: defaultCurves() });
    });
    copy.addEventListener('click', () => void copyViewLink(this.#parts.shareLink, this.#parts.copyStatus));
    onThemeChange(() => {
      this.#palette = readPalette();
      this.#colours = readSeriesColours();
      this.#repaint.flush();
    });
    new ResizeObserver(() => this.#repaint.request()).observe(this.#parts.charts[0].chart);
    controls.hidden = false;
    this.#rebuildControls();
    this.#changed();
    this.#repaint.flush();
  }

  #changed(): void {
    this.#textDirty = true;
    const query = encodeExplorerState(this.#curves);
    this.#parts.shareLink.href = `?${query}#${this.#root.id}`;
    this.#parts.copyStatus.textContent = '';
    this.#repaint.request();
  }

  #rebuildControls(focusId?: string): void {
    const removable = this.#curves.length > 1;
    const fieldsets = this.#curves.map((curve, index) =>
      curveFieldset(this.#root.id, index, curve, removable, this.#templates, {
        onParams: (at, params) => {
          this.#curves[at] = { id: this.#curves[at]!.id, params };
          this.#changed();
        },
        onFunction: (at, id) => {
          if (!hasActivation(id)) return;
          this.#curves[at] = { id, params: {} };
          this.#rebuildControls(`${this.#root.id}-curve-${at + 1}-fn`);
          this.#changed();
        },
        onRemove: (at) => this.#apply(withoutCurve(this.#curves, at)),
      }),
    );
    this.#parts.curveList.replaceChildren(...fieldsets);
    this.#parts.add.disabled = this.#curves.length >= MAX_CURVES;
    this.#parts.add.textContent = this.#curves.length >= MAX_CURVES ? `Add a function (at most ${MAX_CURVES})` : 'Add a function';
    if (focusId) document.getElementById(focusId)?.focus();
  }

  /** Shows a changed list of curves and focuses the function picker the change points at, if any. */
  #apply(change: CurveListChange | null): void {
    if (!change) return;
    this.#curves = change.curves;
    this.#rebuildControls(change.focus === undefined ? undefined : `${this.#root.id}-curve-${change.focus + 1}-fn`);
    this.#changed();
  }

  #showNotices(notices: readonly string[]): void {
    this.#parts.notices.replaceChildren(...(notices.length === 0 ? [] : noticeList(NOTICE_INTRO, notices)));
  }

  #paint(): void {
    drawCharts(this.#curves, this.#palette, this.#colours, this.#parts.charts);
    if (!this.#textDirty) return;
    this.#textDirty = false;
    drawFormulas(this.#math, this.#curves, this.#parts.formulas);
    drawProperties(this.#math, this.#curves, this.#parts.properties);
  }
}
