/**
 * TensorFlow.js as the site's pages load it for a model: tfjs-core's part (tfjs-core-browser.ts: the
 * core names, the cpu backend, every gradient and the chained tensor methods) and the names the site
 * uses from tfjs-layers (tests/unit/tfjs-browser-entry.test.ts checks the list against every tf.name
 * lab/, components/ and the chapters' cells write). Named exports, so the bundler leaves out the rest
 * of both packages. The wasm backend is registered on demand by components/ui/backend/wasm-backend.ts.
 * The cell kernel's worker gives reader code the whole API (tfjs-browser-full.ts). Reached through
 * '#tfjs-api' (package.json "imports"); Node gets tfjs-node.ts.
 */
export * from './tfjs-core-browser.ts';

export type { Shape } from '@tensorflow/tfjs-layers';

export { LayerVariable, LayersModel, Sequential, initializers, layers, loadLayersModel, model, sequential } from '@tensorflow/tfjs-layers';
