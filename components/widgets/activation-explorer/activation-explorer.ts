/**
 * The activation explorer's module, loaded when the widget nears the screen. It reads the view from
 * the URL (validated, with notices), builds the controls, and redraws its two parts, the charts and
 * the text (formulas and table), under the shared part painter as the reader changes things.
 * Nothing here trains, so there is no demo state.
 */
import { hasActivation } from '../../../lab/index';
import { createPartPainter } from '../../ui/demo-run/part-painter';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';
import { noticeList } from '../../ui/text/notice-list';
import { MAX_CURVES, defaultCurves, withAddedCurve, withoutCurve, type CurveListChange } from './explorer-config';
import { curveFieldset } from './explorer-controls';
import { explorerCharts } from './explorer-curves';
import { decodeExplorerState, encodeExplorerState } from './explorer-url';
import { drawFormulas, drawProperties, loadMath } from './explorer-view';
import { drawFunctionChart } from './function-chart';

const NOTICE_INTRO = 'The link asked for something the explorer cannot show, so it shows this instead:';
const COPY_DONE = 'Link copied.';
const COPY_FAILED = 'Copying is not allowed here; use the “Link to this view” link instead.';

export async function mount(root: HTMLElement): Promise<void> {
  const find = widgetElementFinder('activation explorer', root);
  const math = await loadMath(find.part('formulas').dataset.mathUrl);
  const decoded = decodeExplorerState(location.search);
  let curves = decoded.curves;
  const curveList = find.part('curve-list');
  const add = find.part<HTMLButtonElement>('add');
  const shareLink = find.part<HTMLAnchorElement>('share-link');
  const copyStatus = find.part('copy-status');
  const slots = ['f', 'df'].map((name) => ({ chart: find.byId(`${root.id}-${name}`), caption: find.byId(`${root.id}-${name}-caption`) }));
  const templates = { slider: find.part<HTMLTemplateElement>('slider-template'), select: find.part<HTMLTemplateElement>('select-template') };

  const painter = createPartPainter({
    order: () => ['charts', 'text'],
    draw: (part) => {
      if (part === 'charts') explorerCharts(curves).forEach((chart, index) => drawFunctionChart(slots[index]!, chart));
      else {
        drawFormulas(math, curves, find.part('formulas'));
        drawProperties(math, curves, find.part<HTMLTableElement>('properties'));
      }
    },
    watch: [slots[0]!.chart],
  });
  const showNotices = (notices: readonly string[]) => {
    find.part('notices').replaceChildren(...(notices.length === 0 ? [] : noticeList(NOTICE_INTRO, notices)));
  };
  const changed = (): void => {
    shareLink.href = `?${encodeExplorerState(curves)}#${root.id}`;
    copyStatus.textContent = '';
    painter.redraw('charts', 'text');
  };
  const rebuildControls = (focus?: number): void => {
    const removable = curves.length > 1;
    curveList.replaceChildren(...curves.map((curve, index) => curveFieldset(root.id, index, curve, removable, templates, {
      onParam: (at, name, value) => {
        curves[at] = { id: curves[at]!.id, params: { ...curves[at]!.params, [name]: value } };
        changed();
      },
      onFunction: (at, id) => {
        if (hasActivation(id)) apply({ curves: curves.map((curve, index) => (index === at ? { id, params: {} } : curve)), focus: at });
      },
      onRemove: (at) => apply(withoutCurve(curves, at)),
    })));
    add.disabled = curves.length >= MAX_CURVES;
    add.textContent = add.disabled ? `Add a function (at most ${MAX_CURVES})` : 'Add a function';
    if (focus !== undefined) document.getElementById(`${root.id}-curve-${focus + 1}-fn`)?.focus();
  };
  /** Shows a changed list of curves and focuses the function picker the change points at, if any. */
  const apply = (change: CurveListChange | null): void => {
    if (!change) return;
    curves = change.curves;
    rebuildControls(change.focus);
    changed();
  };

  showNotices(decoded.notices);
  add.addEventListener('click', () => apply(withAddedCurve(curves)));
  find.part('reset').addEventListener('click', () => {
    showNotices([]);
    apply({ curves: defaultCurves() });
  });
  find.part('copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(shareLink.href); // an anchor's href is its address made absolute
      copyStatus.textContent = COPY_DONE;
    } catch {
      copyStatus.textContent = COPY_FAILED;
    }
  });
  find.part('controls').hidden = false;
  rebuildControls();
  changed();
  await painter.paintAll();
}
