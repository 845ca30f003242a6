// Scripts the benchmark runs inside pages: a long-task recorder installed before any page script,
// a per-demo run timer, and the tensor count the widgets' debug hook exposes (?debug-tensors).

/** Runs before the page's own scripts: keeps every long task (start, duration) in window.__benchLongTasks. */
export function recordLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Arms a timer on a demo root: the click on its Train button starts it, the first finished state stops it.
 * Meanwhile an animation-frame loop records the longest gap between frames: how long anything on
 * the page that wanted to animate (or a repaint the widget requested) would have had to wait.
 */
export function armRunTimer(root) {
  const timer = { clickedAt: null, finishedAt: null, state: null, longestFrameGapMs: 0 };
  root.__benchTimer = timer;
  let previousFrame = null;
  const onFrame = (now) => {
    if (timer.finishedAt !== null) return;
    timer.longestFrameGapMs = Math.max(timer.longestFrameGapMs, now - previousFrame);
    previousFrame = now;
    requestAnimationFrame(onFrame);
  };
  root.addEventListener('click', () => {
    timer.clickedAt ??= performance.now();
    previousFrame = timer.clickedAt;
    requestAnimationFrame(onFrame);
  }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const state = root.dataset.state;
    if (timer.clickedAt !== null && /^(done|diverged|error)$/.test(state ?? '')) {
      timer.finishedAt = performance.now();
      timer.state = state;
      observer.disconnect();
    }
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-state'] });
}

/** What the timer saw, the value the demo reported, and the longest task between click and finish. */
export function readRunTimer(root) {
  const { clickedAt, finishedAt, state, longestFrameGapMs } = root.__benchTimer;
  // The task that dispatched the click started a moment before clickedAt; tasks that had ended by then are not the demo's.
  const inside = (window.__benchLongTasks ?? []).filter((task) => task.start + task.duration > clickedAt && task.start <= finishedAt);
  return {
    state,
    value: root.dataset.value ?? null,
    seconds: (finishedAt - clickedAt) / 1000,
    longestTaskMs: Math.max(0, ...inside.map((task) => task.duration)),
    longTasks: inside.length,
    longestFrameGapMs,
  };
}

export function liveTensors() {
  return window.__activationLabDebug?.memory().numTensors ?? null;
}

/** Mounted: the lazy loader has finished (no aria-busy) and the widget has shown its backend, if it shows one. */
export function isMounted(root) {
  if (root.getAttribute('aria-busy') === 'true') return false;
  const backend = root.querySelector('[data-part="backend"]');
  return backend ? (backend.textContent ?? '').trim() !== '' : window.__activationLabDebug !== undefined;
}
