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
import { ADD_SUGGESTIONS, DEFAULT_CURVES, MAX_CURVES } from './explorer-config';
import { curveFieldset, findTemplates, type ControlTemplates } from './explorer-controls';
import type { ExplorerCurve } from './explorer-curves';
import { decodeExplorerState, encodeExplorerState } from './explorer-url';
import { loadMath, type MathTable } from './explorer-math';
import { drawCharts, drawFormulas, drawProperties, type ChartTargets } from './explorer-view';

const NOTICE_INTRO = 'The link asked for something the explorer cannot show, so it shows this instead:';
const COPY_DONE = 'Link copied.';
const COPY_FAILED = 'Copying is not allowed here; use the “Link to this view” link instead.';

interface ExplorerParts {
  notices: HTMLElement;
  controls: HTMLElement;
  curveList: HTMLElement;
  add: HTMLButtonElement;
  reset: HTMLButtonElement;
  shareLink: HTMLAnchorElement;
  copy: HTMLButtonElement;
  copyStatus: HTMLElement;
  formulas: HTMLElement;
  properties: HTMLTableElement;
  charts: [ChartTargets, ChartTargets];
}

function findParts(root: HTMLElement): ExplorerParts {
  const part = <T extends HTMLElement>(name: string): T => {
    const found = root.querySelector<T>(`[data-part="${name}"]`);
    if (!found) throw new Error(`activation explorer: [data-part="${name}"] is missing`);
    return found;
  };
  const byId = (suffix: string): HTMLElement => {
    const found = document.getElementById(`${root.id}-${suffix}`);
    if (!found) throw new Error(`activation explorer: #${root.id}-${suffix} is missing`);
    return found;
  };
  return {
    notices: part('notices'),
    controls: part('controls'),
    curveList: part('curve-list'),
    add: part('add'),
    reset: part('reset'),
    shareLink: part('share-link'),
    copy: part('copy'),
    copyStatus: part('copy-status'),
    formulas: part('formulas'),
    properties: part('properties'),
    charts: [
      { chart: byId('f'), caption: byId('f-caption') },
      { chart: byId('df'), caption: byId('df-caption') },
    ],
  };
}

export async function mount(root: HTMLElement): Promise<void> {
  const math = await loadMath(root.dataset.mathUrl);
  const decoded = decodeExplorerState(location.search, DEFAULT_CURVES);
  new ActivationExplorer(root, findParts(root), findTemplates(root), math, decoded.curves).start(decoded.notices);
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
    add.addEventListener('click', () => this.#addCurve());
    reset.addEventListener('click', () => this.#reset());
    copy.addEventListener('click', () => void this.#copyLink());
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
        onRemove: (at) => this.#removeCurve(at),
      }),
    );
    this.#parts.curveList.replaceChildren(...fieldsets);
    this.#parts.add.disabled = this.#curves.length >= MAX_CURVES;
    this.#parts.add.textContent = this.#curves.length >= MAX_CURVES ? `Add a function (at most ${MAX_CURVES})` : 'Add a function';
    if (focusId) document.getElementById(focusId)?.focus();
  }

  #addCurve(): void {
    if (this.#curves.length >= MAX_CURVES) return;
    const unused = ADD_SUGGESTIONS.find((id) => !this.#curves.some((shown) => shown.id === id));
    this.#curves.push({ id: unused ?? ADD_SUGGESTIONS[0]!, params: {} });
    this.#rebuildControls(`${this.#root.id}-curve-${this.#curves.length}-fn`);
    this.#changed();
  }

  #removeCurve(index: number): void {
    if (this.#curves.length <= 1) return;
    this.#curves.splice(index, 1);
    const next = Math.min(index, this.#curves.length - 1);
    this.#rebuildControls(`${this.#root.id}-curve-${next + 1}-fn`);
    this.#changed();
  }

  #reset(): void {
    this.#curves = DEFAULT_CURVES.map((curve) => ({ id: curve.id, params: { ...curve.params } }));
    this.#showNotices([]);
    this.#rebuildControls();
    this.#changed();
  }

  async #copyLink(): Promise<void> {
    const url = new URL(this.#parts.shareLink.getAttribute('href') ?? '', location.href).toString();
    try {
      await navigator.clipboard.writeText(url);
      this.#parts.copyStatus.textContent = COPY_DONE;
    } catch {
      this.#parts.copyStatus.textContent = COPY_FAILED;
    }
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
