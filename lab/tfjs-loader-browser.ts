/**
 * In the browser TensorFlow.js comes in chunks of its own, each fetched the first time lab/tfjs.ts
 * asks for it: tfjs-core with the cpu backend and gradients (loadTfjsCore), tfjs-layers on top of it
 * (loadTfjs), and for the cell kernel's worker the whole API (loadFullTfjs).
 */
import type * as TfApi from '#tfjs-api';
import type * as CoreApi from './tfjs-core-browser.ts';
import type * as FullApi from './tfjs-browser-full.ts';

export const preloadedTfjs: typeof TfApi | undefined = undefined;

export function importTfjsCore(): Promise<typeof CoreApi> {
  return import('./tfjs-core-browser.ts');
}

export function importTfjs(): Promise<typeof TfApi> {
  return import('./tfjs-browser.ts') as Promise<typeof TfApi>;
}

export function importFullTfjs(): Promise<typeof FullApi> {
  return import('./tfjs-browser-full.ts');
}
