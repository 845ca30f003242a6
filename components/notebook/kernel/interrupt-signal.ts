/**
 * The Interrupt button's way into code that never yields. A message to the worker waits until the
 * running code yields, and SharedArrayBuffer (the usual channel) needs cross-origin isolation, which
 * a static host cannot promise. So each run gets a token: a blob: URL the page made. Interrupt
 * revokes it, and the worker, asked by the loop guard during a long stretch, tries to read it with
 * a synchronous request, which fails once it is revoked. Only the page and its own workers can see
 * the URL, and reading it never leaves the browser.
 */

export interface InterruptToken {
  readonly url: string;
  /** Signals the interrupt (idempotent). */
  revoke(): void;
}

export function createInterruptToken(): InterruptToken {
  const url = URL.createObjectURL(new Blob(['run']));
  let revoked = false;
  return {
    url,
    revoke: () => {
      if (revoked) return;
      revoked = true;
      URL.revokeObjectURL(url);
    },
  };
}

/**
 * In the worker: whether the page has revoked `url` (a synchronous request, about 1 ms). A revoked
 * URL fails as a network error; anything else (a stack overflow on the way) is thrown on.
 */
export function tokenRevoked(url: string): boolean {
  const request = new XMLHttpRequest();
  try {
    request.open('GET', url, false);
    request.send();
    return request.status !== 200;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NetworkError') return true;
    throw error;
  }
}
