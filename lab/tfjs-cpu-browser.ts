/**
 * tfjs's cpu backend for the browser: its kernels (registered on import) and its class. Fetched only
 * when a page starts the cpu backend (tfjs-core-browser.ts registers 'cpu' with a factory that imports
 * this file), so a page on the wasm backend, the site's default, never downloads it.
 */
import '@tensorflow/tfjs-backend-cpu/dist/register_all_kernels';

export { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu/dist/backend_cpu';
