/**
 * <kernel-toolbar>: Run all, Interrupt, Restart, Clear outputs and the kernel status. It owns the
 * page's one kernel, which it imports on first use; cells reach the kernel through it.
 */
import type { PageKernel } from '../kernel/page-kernel';

export const KERNEL_TOOLBAR_TAG = 'kernel-toolbar';

type ToolbarAction = 'run-all' | 'interrupt' | 'restart' | 'clear';

export class KernelToolbar extends HTMLElement {
  #kernel: Promise<PageKernel> | undefined;

  connectedCallback(): void {
    this.addEventListener('click', this.#onClick);
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
  }

  /** The page kernel, loaded (without tfjs, which waits for the first run) on first call. */
  kernel(): Promise<PageKernel> {
    this.#kernel ??= import('../kernel/page-kernel').then(({ PageKernel }) => new PageKernel(this));
    return this.#kernel;
  }

  #onClick = (event: MouseEvent): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset.action as ToolbarAction;
    void this.kernel().then((kernel) => {
      if (action === 'run-all') return kernel.runAll();
      if (action === 'interrupt') return kernel.interrupt();
      if (action === 'restart') return kernel.restart();
      return kernel.clearOutputs();
    });
  };
}

/** The toolbar of the page `node` is on. */
export function toolbarFor(node: Node): KernelToolbar | null {
  return node.ownerDocument?.querySelector<KernelToolbar>(KERNEL_TOOLBAR_TAG) ?? null;
}
