/**
 * A worker thread of the CLI's pool: tfjs on the cpu backend (the CLI's and the page's backend, so
 * records agree number for number), then the same handler a Web Worker runs.
 */
import { parentPort } from 'node:worker_threads';
import { tf } from '../../tfjs.ts';
import { gridWorkerHandler } from './grid-worker.ts';
import type { ToWorker } from './protocol.ts';

const port = parentPort;
if (port === null) throw new Error('node-worker.ts runs only as a worker thread.');

const handle = gridWorkerHandler((message) => port.postMessage(message), async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  await tf.ready();
});
port.on('message', (message: ToWorker) => void handle(message));
