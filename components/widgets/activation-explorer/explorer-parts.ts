/** The activation explorer's elements, found once through the shared element finder (a missing one is a markup bug). */
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';
import type { ChartTargets } from './explorer-view';

export interface ExplorerParts {
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

export function findExplorerParts(root: HTMLElement): ExplorerParts {
  const find = widgetElementFinder('activation explorer', root);
  const chart = (name: string): ChartTargets => ({ chart: find.byId(`${root.id}-${name}`), caption: find.byId(`${root.id}-${name}-caption`) });
  return {
    notices: find.part('notices'),
    controls: find.part('controls'),
    curveList: find.part('curve-list'),
    add: find.part('add'),
    reset: find.part('reset'),
    shareLink: find.part('share-link'),
    copy: find.part('copy'),
    copyStatus: find.part('copy-status'),
    formulas: find.part('formulas'),
    properties: find.part('properties'),
    charts: [chart('f'), chart('df')],
  };
}
