/**
 * Registers tfjs's wasm backend with its .wasm binaries served from our own origin (Vite copies them
 * into the build and hands back their URLs), so no request leaves the site. Loaded only on demand.
 * With `broken` set it registers a backend whose start-up fails instead: the test hook behind
 * ?tf-backend=broken-wasm, which goes through tfjs's own failure path.
 */
import type { TfjsCore } from '../../../lab/index';

export const WASM_BACKEND = 'wasm';
export const FORCED_FAILURE_MESSAGE = 'the wasm backend was made to fail on purpose (?tf-backend=broken-wasm)';

export async function registerWasmBackend(tf: TfjsCore, broken: boolean): Promise<void> {
  if (broken) {
    if (!tf.findBackendFactory(WASM_BACKEND)) tf.registerBackend(WASM_BACKEND, () => Promise.reject(new Error(FORCED_FAILURE_MESSAGE)));
    return;
  }
  const [{ setWasmPaths }, plain, simd, threaded] = await Promise.all([
    import('@tensorflow/tfjs-backend-wasm'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url&no-inline'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url&no-inline'),
    // Listed because tfjs wants all three; threads need cross-origin isolation, so it is never fetched here.
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url&no-inline'),
  ]);
  // Every caller sets the paths before it may start the backend; once started, tfjs refuses new paths.
  if (tf.engine().registry[WASM_BACKEND] !== undefined) return;
  setWasmPaths({
    'tfjs-backend-wasm.wasm': plain.default,
    'tfjs-backend-wasm-simd.wasm': simd.default,
    'tfjs-backend-wasm-threaded-simd.wasm': threaded.default,
  });
}
