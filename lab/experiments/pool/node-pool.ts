/**
 * The CLI's pool of N: this thread and N − 1 worker threads running node-worker.ts, all behind the
 * same WorkerPort as the page's Web Workers. (The page keeps its main thread for drawing; a
 * terminal's thread has nothing else to do.)
 */
import { Worker } from 'node:worker_threads';
import type { CellExecutor } from '../cell-executor.ts';
import type { FromWorker, WorkerPort } from './protocol.ts';
import { pooledExecutor } from './run-pooled.ts';
import { thisThreadPort } from './this-thread-port.ts';

function openNodeWorker(): WorkerPort {
  const worker = new Worker(new URL('./node-worker.ts', import.meta.url));
  return {
    post: (message) => worker.postMessage(message),
    listen: (onMessage, onFailure) => {
      worker.on('message', (message: FromWorker) => onMessage(message));
      worker.on('error', (error: Error) => onFailure(error.message));
      worker.on('exit', (code) => onFailure(`it exited with code ${code}`));
    },
    terminate: () => void worker.terminate(),
  };
}

export function nodePoolExecutor(size: number): CellExecutor {
  return pooledExecutor((member) => member === 0 ? thisThreadPort() : openNodeWorker(), size);
}
