/**
 * Samples a training model's output grid (lab's predictGrid) for a live decision map: at most once per
 * interval while training, one at a time, and never hands on a grid older than one already delivered.
 */
import type { tf } from '../../tfjs.ts';
import type { GridPrediction } from '../../types.ts';
import type { Bounds } from '../../datasets/bounds.ts';
import { predictGrid } from '../../train/grid.ts';

export interface GridSampler {
  /** Samples in the background if the interval has passed and no sample is in flight. */
  maybeSample(): void;
  /** Samples now and waits for it (e.g. the final map, before the model is disposed). */
  sampleNow(): Promise<void>;
}

export function createGridSampler(
  model: tf.Sequential,
  bounds: Bounds,
  resolution: number,
  intervalMs: number,
  onGrid: (grid: GridPrediction) => void,
): GridSampler {
  let lastAt = -Infinity;
  let pending = false;
  let issued = 0;
  let delivered = 0;
  const sampleNow = async (): Promise<void> => {
    const sequence = ++issued;
    const grid = await predictGrid(model, bounds, resolution);
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
