/**
 * Resolves once the reader has done something on the page: scrolled, pressed a key, touched or
 * clicked. Until then a widget that happens to sit on the first screen keeps its server-rendered
 * state and its heavy code (tfjs, Plot) stays on the server, so the first load stays small; a page
 * opened part-way down (a #fragment link, a restored position) or after earlier activity counts as read.
 */
const ACTIVITY_EVENTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

function alreadyActive(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
  return window.scrollY > 0 || location.hash !== '' || activation?.hasBeenActive === true;
}

export function whenReaderActs(): Promise<void> {
  if (alreadyActive()) return Promise.resolve();
  return new Promise((resolve) => {
    const controller = new AbortController();
    const done = (): void => {
      controller.abort();
      resolve();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, done, { capture: true, passive: true, signal: controller.signal });
  });
}
