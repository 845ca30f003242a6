/** The bench's pool: one Web Worker per core the browser reports but one, left to the page (lab's pagePoolSize), served from this site like every other file. */
import workerUrl from './bench-grid-worker.ts?worker&url';
import { pooledExecutor, pagePoolSize, type CellExecutor, type FromWorker, type ToWorker } from '../../../lab/index';
import { openWebWorkerPort } from '../../ui/demo-run/web-worker-port';

export function benchPool(runs: number): { executor: CellExecutor; size: number } {
  const size = pagePoolSize(navigator.hardwareConcurrency, runs);
  return { executor: pooledExecutor(() => openWebWorkerPort<ToWorker, FromWorker>(workerUrl, 'experiment grid', 'grid worker'), size), size };
}
