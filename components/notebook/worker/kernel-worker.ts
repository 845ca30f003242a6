/**
 * The kernel worker's entry point. The page starts it on the first run (never on page load) and
 * terminates it on Restart, or when a cell cannot be interrupted. It loads the builtins (tfjs,
 * Plot, the lab API), says it is ready, then runs cells as the page asks, one message at a time.
 * The worker's console and its uncaught errors belong to the cells.
 */
import { loadBuiltins } from '../kernel/builtins';
import { createCellConsole, originalConsole, redirectConsole } from '../kernel/console-capture';
import { watchLateErrors } from '../kernel/late-errors';
import { PIXEL_RATIO_PARAM, type PageMessage, type WorkerMessage } from '../kernel/protocol';
import { WorkerKernel } from './worker-kernel';

interface WorkerScope extends EventTarget {
  postMessage(message: WorkerMessage): void;
}

async function start(scope: WorkerScope): Promise<void> {
  const post = (message: WorkerMessage) => scope.postMessage(message);
  let kernel: WorkerKernel | undefined;
  const pending: PageMessage[] = [];
  const handle = (message: PageMessage): void => {
    if (!kernel) pending.push(message);
    else if (message.type === 'execute') void kernel.execute(message);
    else kernel.interrupt(message.message);
  };
  scope.addEventListener('message', (event) => handle((event as MessageEvent<PageMessage>).data));

  const cellConsole = createCellConsole(() => kernel?.outputNow(), originalConsole());
  try {
    const asked = Number(new URLSearchParams(location.search).get(PIXEL_RATIO_PARAM));
    const pixelRatio = Number.isFinite(asked) && asked > 0 ? asked : 1;
    const builtins = await loadBuiltins(() => kernel?.outputNow(), cellConsole, pixelRatio);
    kernel = new WorkerKernel(builtins, post);
  } catch (error) {
    post({ type: 'start-failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  redirectConsole(cellConsole);
  watchLateErrors(kernel.reportLateError, scope);
  post({ type: 'ready', ...kernel.facts() });
  for (const message of pending.splice(0)) handle(message);
}

void start(self as unknown as WorkerScope);
