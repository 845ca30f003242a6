/**
 * Samples a training model's output grid (lab's predictGrid, or predictNetworkGrid for a network of lab's own) for a live decision map: at most once per
 * interval while training, one at a time, and never hands on a grid older than one already delivered.
 */
import type { GridPrediction } from '../../types.ts';

export interface GridSampler {
  /** Samples in the background if the interval has passed and no sample is in flight. */
  maybeSample(): void;
  /** Samples now and waits for it (e.g. the final map, before the model is disposed). */
  sampleNow(): Promise<void>;
}

export function createGridSampler(
  predict: () => Promise<GridPrediction>,
  intervalMs: number,
  onGrid: (grid: GridPrediction) => void,
): GridSampler {
  let lastAt = -Infinity;
  let pending = false;
  let issued = 0;
  let delivered = 0;
  const sampleNow = async (): Promise<void> => {
    const sequence = ++issued;
    const grid = await predict();
    if (sequence <= delivered) return;
    delivered = sequence;
    onGrid(grid);
  };
  return {
    sampleNow,
    maybeSample() {
      const now = performance.now();
      if (pending || now - lastAt < intervalMs) return;
      lastAt = now;
      pending = true;
      // A live map that misses one frame is harmless; training reports real errors itself.
      sampleNow().catch(() => undefined).finally(() => {
        pending = false;
      });
    },
  };
}
