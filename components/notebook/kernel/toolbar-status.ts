/** The kernel status line and the toolbar's data attributes, which tests and styles read. */
export type KernelState = 'not-started' | 'starting' | 'idle' | 'busy' | 'failed';

export interface KernelStatus {
  state: KernelState;
  backend?: string;
  liveTensors?: number;
  /** The cell running now, e.g. "cell 3". */
  running?: string;
  /** A one-off remark, e.g. after a restart. */
  remark?: string;
}

function statusText({ state, backend, liveTensors, running, remark }: KernelStatus): string {
  const backendText = backend ? ` · backend ${backend}` : '';
  const tensorsText = liveTensors === undefined ? '' : ` · ${liveTensors} tensor${liveTensors === 1 ? '' : 's'} in memory`;
  const remarkText = remark ? ` ${remark}` : '';
  switch (state) {
    case 'not-started':
      return `Kernel not started yet: it starts when you run a cell.${remarkText}`;
    case 'starting':
      return 'Starting the kernel: loading TensorFlow.js…';
    case 'busy':
      return `Kernel busy: running ${running ?? 'a cell'}${backendText}`;
    case 'failed':
      return `The kernel could not start.${remarkText}`;
    case 'idle':
      return `Kernel idle${backendText}${tensorsText}.${remarkText}`;
  }
}

export function showKernelStatus(toolbar: HTMLElement, status: KernelStatus): void {
  toolbar.dataset.kernelState = status.state;
  if (status.backend) toolbar.dataset.backend = status.backend;
  const text = toolbar.querySelector('[data-part="status"]');
  if (text) text.textContent = statusText(status);
  const interrupt = toolbar.querySelector<HTMLButtonElement>('button[data-action="interrupt"]');
  if (interrupt) interrupt.disabled = status.state !== 'busy';
}
