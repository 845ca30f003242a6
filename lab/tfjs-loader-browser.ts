/** In the browser TensorFlow.js is its own chunk, fetched the first time lab/tfjs.ts's loadTfjs() runs. */
import type * as TfApi from '#tfjs-api';

export const preloadedTfjs: typeof TfApi | undefined = undefined;

export function importTfjs(): Promise<typeof TfApi> {
  return import('./tfjs-browser.ts');
}
