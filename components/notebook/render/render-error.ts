/** An error in a cell's output: type, message, where it happened, and the line of code. */
import type { ErrorReport } from './error-report';

const KIND_CLASS: Record<ErrorReport['kind'], string> = {
  syntax: 'nb-error',
  runtime: 'nb-error',
  'not-run': 'nb-error nb-error-not-run',
  interrupt: 'nb-error nb-error-interrupt',
};

export function renderError(report: ErrorReport, positionOf: (cellId: string) => number | undefined): HTMLElement {
  const box = document.createElement('div');
  box.className = KIND_CLASS[report.kind];
  box.dataset.errorKind = report.kind;

  const title = document.createElement('p');
  title.className = 'nb-error-title';
  const name = document.createElement('strong');
  name.textContent = report.name;
  title.append(name, `: ${report.message}`);
  box.append(title);

  if (report.where) {
    const where = document.createElement('p');
    where.className = 'nb-error-where';
    where.textContent = `At ${report.where}.`;
    box.append(where);
  }
  if (report.excerpt) {
    const excerpt = document.createElement('pre');
    excerpt.className = 'nb-error-excerpt';
    excerpt.textContent = report.excerpt;
    box.append(excerpt);
  }
  if (report.linkCellId) {
    const link = document.createElement('a');
    link.href = `#${report.linkCellId}`;
    link.textContent = `Go to cell [${positionOf(report.linkCellId) ?? '?'}]`;
    box.append(link);
  }
  return box;
}
