/**
 * The one place lab/ imports TensorFlow.js from; widgets, the backend chooser and the notebook
 * worker reach the same module through lab/index.ts. '#tfjs-api' (package.json "imports") is
 * tfjs-browser.ts (core + layers + cpu) in the browser and tfjs-node.ts in Node.
 */
import * as tf from '#tfjs-api';

export { tf };
