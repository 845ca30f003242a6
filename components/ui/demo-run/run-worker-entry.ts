/**
 * A demo's training worker (run-worker.ts): lab's run-worker handler with tfjs started on the backend
 * the page uses, the wasm binaries served from this site as on the page (wasm-backend.ts).
 */
import { runWorkerHandler, type FromRunWorker, type ToRunWorker } from '../../../lab/index';
import { startBackend } from '../backend/tf-backend';

interface WorkerScope extends EventTarget {
  postMessage(message: FromRunWorker): void;
}

const scope = self as unknown as WorkerScope;
const handle = runWorkerHandler((message) => scope.postMessage(message), async (backend) => {
  // 'none': every arm trains on lab's array engine, and tfjs loads only if an arm turns out to need it.
  if (backend === 'none') return;
  const started = await startBackend(backend);
  if (started.name !== backend) throw new Error(`the worker could not start the ${backend} backend (it started ${started.name})`);
});
scope.addEventListener('message', (event) => void handle((event as MessageEvent<ToRunWorker>).data));
