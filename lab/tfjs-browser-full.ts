/**
 * The whole of tfjs-core and tfjs-layers on top of the site's entry (tfjs-browser.ts, whose backend,
 * gradients and chained methods it registers), for code the site does not know in advance: the
 * readers' cells in the cell kernel's worker. The same module instances as the entry's, so tensors
 * made by lab and by a cell share one engine. Pages never load it.
 */
export * from './tfjs-browser.ts';
export * from '@tensorflow/tfjs-core';
export * from '@tensorflow/tfjs-layers';
