/**
 * Errors a cell causes after its own run has ended: a promise it made but never awaited that
 * rejects, or a timer callback that throws. The browser would only log them to the developer
 * console, so the cell would look fine; instead, when the error's stack trace leads back to a cell,
 * it is handed to `report` (to be shown in that cell) and kept off the console. Errors that did not
 * come from a cell are left alone.
 */
import { locateInCell } from './error-location';

export type LateErrorReport = (error: unknown, cellId: string) => boolean;

/** `target` is the kernel worker's global scope (any EventTarget that fires these events). */
export function watchLateErrors(report: LateErrorReport, target: EventTarget): () => void {
  const handle = (error: unknown, event: Event): void => {
    const where = locateInCell(error);
    if (where && report(error, where.cellId)) event.preventDefault();
  };
  const onRejection = (event: Event): void => handle((event as PromiseRejectionEvent).reason, event);
  const onError = (event: Event): void => handle((event as ErrorEvent).error, event);
  target.addEventListener('unhandledrejection', onRejection);
  target.addEventListener('error', onError);
  return () => {
    target.removeEventListener('unhandledrejection', onRejection);
    target.removeEventListener('error', onError);
  };
}
