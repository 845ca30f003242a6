/** The bench's pool: one Web Worker per core the browser reports but one, left to the page (lab's pagePoolSize), served from this site like every other file. */
import workerUrl from './bench-grid-worker.ts?worker&url';
import { pooledExecutor, pagePoolSize, type CellExecutor, type FromWorker, type WorkerPort } from '../../../lab/index';

function openWebWorker(): WorkerPort {
  const worker = new Worker(workerUrl, { type: 'module', name: 'experiment grid' });
  return {
    post: (message) => worker.postMessage(message),
    listen: (onMessage, onFailure) => {
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => onMessage(event.data));
      worker.addEventListener('error', (event) => onFailure(event.message || 'the grid worker could not be loaded'));
    },
    terminate: () => worker.terminate(),
  };
}

export function benchPool(runs: number): { executor: CellExecutor; size: number } {
  const size = pagePoolSize(navigator.hardwareConcurrency, runs);
  return { executor: pooledExecutor(openWebWorker, size), size };
}
