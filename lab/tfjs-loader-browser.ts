/**
 * In the browser TensorFlow.js is its own chunk, fetched the first time lab/tfjs.ts's loadTfjs() runs;
 * the cell kernel's worker asks for the whole API (loadFullTfjs) and gets a chunk more.
 */
import type * as TfApi from '#tfjs-api';
import type * as FullApi from './tfjs-browser-full.ts';

export const preloadedTfjs: typeof TfApi | undefined = undefined;

export function importTfjs(): Promise<typeof TfApi> {
  return import('./tfjs-browser.ts') as Promise<typeof TfApi>;
}

export function importFullTfjs(): Promise<typeof FullApi> {
  return import('./tfjs-browser-full.ts');
}
