// The machine's state next to every measurement: this machine is shared, so numbers mean little without it.
import os from 'node:os';
import { mainThreadTaskCpuMs } from '../../tests/e2e/support/trace-tasks.mjs';

export function loadAverage() {
  const [one, five, fifteen] = os.loadavg().map((value) => Number(value.toFixed(2)));
  return { one, five, fifteen, cpus: os.cpus().length };
}

export async function timed(label, work) {
  const loadBefore = loadAverage();
  const startedAt = Date.now();
  process.stderr.write(`bench: ${label} (load ${loadBefore.one})…\n`);
  const result = await work();
  return {
    ...result,
    measuredAt: new Date(startedAt).toISOString(),
    loadBefore,
    loadAfter: loadAverage(),
    seconds: Math.round((Date.now() - startedAt) / 100) / 10,
  };
}

export function median(values) {
  const sorted = values.filter((value) => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * CPU milliseconds of every main-thread task in a Chrome trace, longest first: on this shared machine a
 * task's wall time includes the time the renderer waited for a CPU, its CPU time does not.
 */
export function taskCpuMs(trace) {
  return mainThreadTaskCpuMs(trace).sort((a, b) => b - a);
}
