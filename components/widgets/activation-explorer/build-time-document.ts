/** Build time only: an empty linkedom document, for drawing a widget's first view with its own page code. */
import { parseHTML } from 'linkedom';

export function buildTimeDocument(): Document {
  return (parseHTML('<!doctype html><html><body></body></html>') as unknown as { document: Document }).document;
}
