/** A run record as lab's orchestrator makes it, for tests of what views read from records. */
import type { ArmRun } from '../../lab/runs/plan.ts';

export function armRun(arm: string, seedIndex: number, testAccuracy?: number, probes: ArmRun['probes'] = {}): ArmRun {
  return {
    arm, seedIndex, seed: 100 + seedIndex, index: 0, epochs: 10, engine: 'lab', backend: 'cpu',
    status: testAccuracy === undefined ? 'diverged' : 'done',
    metrics: { epoch: 10, loss: 0.3, ...(testAccuracy !== undefined ? { testAccuracy } : {}) },
    history: [],
    timings: { elapsedMs: 1, samplesPerSecond: 1 },
    probes,
  };
}
