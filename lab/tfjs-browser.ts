/**
 * TensorFlow.js as the site ships it to browsers: core (every op, with gradients and the chained
 * tensor methods such as x.add(y)), layers, and the cpu backend. The wasm backend is registered on
 * demand by components/ui/backend/wasm-backend.ts. The umbrella '@tensorflow/tfjs' would add the
 * webgl backend, the graph-model converter and tfjs-data, which nothing here uses (about 80 KB gzip).
 * Reached through the '#tfjs-api' import (package.json "imports"); Node gets tfjs-node.ts instead.
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-cpu';

export * from '@tensorflow/tfjs-core';
export * from '@tensorflow/tfjs-layers';
