/**
 * A Web Worker of the bench's pool: tfjs on the cpu backend (the bench's and the CLI's backend, so
 * records agree number for number) and lab's grid-worker handler, which runs the cells it is sent.
 */
import { gridWorkerHandler, loadTfjs, type FromWorker, type ToWorker } from '../../../lab/index';

interface WorkerScope extends EventTarget {
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const handle = gridWorkerHandler((message) => scope.postMessage(message), async () => {
  const tf = await loadTfjs();
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  await tf.ready();
});
scope.addEventListener('message', (event) => void handle((event as MessageEvent<ToWorker>).data));
