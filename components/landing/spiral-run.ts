/**
 * The landing figure's run, loaded only when the reader presses play: lab builds the network and
 * trains it (lab's array engine does the arithmetic; tfjs on its cpu backend only holds the
 * weights), and after each evaluation the map is repainted from lab's predictGrid, at most once
 * per frame, or twice a second when the reader asks for reduced motion.
 */
import { buildModel, loadTfjs, predictGrid, train, type TrainResult } from '../../lab/index.ts';
import { MAP_RESOLUTION, MODEL, spiralData, TRAINING } from './spiral-setup';
import { paintMap } from './map-canvas';

const REDUCED_MOTION_PAINT_MS = 500;

export interface SpiralProgress {
  epoch: number;
  totalEpochs: number;
  testAccuracy?: number;
}

export async function runSpiral(canvas: HTMLCanvasElement, signal: AbortSignal, onProgress: (progress: SpiralProgress) => void): Promise<TrainResult> {
  const tf = await loadTfjs();
  await tf.setBackend('cpu');
  const { dataset, bounds } = spiralData();
  const model = buildModel(MODEL);
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  let inFlight: Promise<void> | undefined;
  let frame = 0;
  let lastPaint = -Infinity;
  const paint = () => {
    frame = 0;
    inFlight ??= predictGrid(model, bounds, MAP_RESOLUTION)
      .then((grid) => paintMap(canvas, grid))
      .finally(() => { inFlight = undefined; });
    return inFlight;
  };
  try {
    const result = await train(model, dataset, {
      ...TRAINING,
      signal,
      onProgress: ({ epoch, totalEpochs, testAccuracy }) => {
        onProgress({ epoch, totalEpochs, testAccuracy });
        const now = performance.now();
        if (frame || inFlight || (reduced && now - lastPaint < REDUCED_MOTION_PAINT_MS)) return;
        lastPaint = now;
        frame = requestAnimationFrame(() => void paint());
      },
    });
    cancelAnimationFrame(frame);
    await inFlight;
    await paint();
    return result;
  } finally {
    cancelAnimationFrame(frame);
    await inFlight?.catch(() => undefined);
    model.dispose();
  }
}
