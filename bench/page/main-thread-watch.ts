/**
 * What the main thread went through during a run: long tasks (PerformanceObserver 'longtask', which
 * reports tasks over 50 ms) and the longest gap between animation frames (which also shows shorter
 * stalls, and frames the browser skipped).
 */

export interface MainThreadReport {
  longTasks: number;
  /** Longest long task inside the run, 0 when none exceeded 50 ms. */
  longestTaskMs: number;
  longestFrameGapMs: number;
  frames: number;
}

export interface MainThreadWatch {
  stop(): MainThreadReport;
}

export function watchMainThread(since: number): MainThreadWatch {
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  let frames = 0;
  let previous = since;
  let longestGap = 0;
  let running = true;
  const onFrame = (now: number): void => {
    if (!running) return;
    frames += 1;
    longestGap = Math.max(longestGap, now - previous);
    previous = now;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  return {
    stop() {
      running = false;
      const end = performance.now();
      longestGap = Math.max(longestGap, end - previous);
      tasks.push(...observer.takeRecords());
      observer.disconnect();
      const inside = tasks.filter((task) => task.startTime + task.duration >= since && task.startTime <= end);
      return {
        longTasks: inside.length,
        longestTaskMs: Math.max(0, ...inside.map((task) => task.duration)),
        longestFrameGapMs: longestGap,
        frames,
      };
    },
  };
}
