/** A module Web Worker behind lab's WorkerPort: what the demo run worker and the experiment bench's pool both talk to. */
import type { WorkerPort } from '../../../lab/index';

/** Opens the worker at `url`; `what` names it in the failure a reader sees when it cannot load. */
export function openWebWorkerPort<In, Out>(url: string, name: string, what: string): WorkerPort<In, Out> {
  const worker = new Worker(url, { type: 'module', name });
  return {
    post: (message) => worker.postMessage(message),
    listen: (onMessage, onFailure) => {
      worker.addEventListener('message', (event: MessageEvent<Out>) => onMessage(event.data));
      worker.addEventListener('error', (event) => onFailure(event.message || `the ${what} could not be loaded`));
    },
    terminate: () => worker.terminate(),
  };
}
