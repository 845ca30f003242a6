/**
 * predictGrid: the model's output over a regular grid on the input plane, as one batched
 * prediction, for decision-boundary maps: on lab's array engine for plain MLPs (array-engine/predict.ts,
 * about 6× cheaper than tfjs ops on a 40 × 40 grid), else inside tf.tidy. Cells are sampled at their centres,
 * row-major from the top row (yMax) down, left (xMin) to right.
 */
import { tf } from '../tfjs.ts';
import type { GridPrediction } from '../types.ts';
import type { Bounds } from '../datasets/bounds.ts';
import { readHead } from './head.ts';
import { planMlp } from './array-engine/plan.ts';
import { predictWithMlp, predictWithNetwork } from './array-engine/predict.ts';
import type { SpecNetwork } from './array-engine/spec-network.ts';

export const DEFAULT_GRID_RESOLUTION = 40;
export const MAX_GRID_RESOLUTION = 400;

function checkBounds(bounds: Bounds): void {
  const { xMin, xMax, yMin, yMax } = bounds ?? {};
  const ordered = [xMin, xMax, yMin, yMax].every(Number.isFinite) && xMin < xMax && yMin < yMax;
  if (!ordered) throw new Error(`predictGrid: bounds need finite xMin < xMax and yMin < yMax, got ${JSON.stringify(bounds)}.`);
}

/** Cell-centre coordinates, row-major from yMax down, as [x0, y0, x1, y1, ...]. */
export function gridPoints({ xMin, xMax, yMin, yMax }: Bounds, resolution: number): Float32Array {
  const points = new Float32Array(resolution * resolution * 2);
  const dx = (xMax - xMin) / resolution;
  const dy = (yMax - yMin) / resolution;
  for (let row = 0; row < resolution; row++) {
    const y = yMax - (row + 0.5) * dy;
    for (let col = 0; col < resolution; col++) {
      const offset = 2 * (row * resolution + col);
      points[offset] = xMin + (col + 0.5) * dx;
      points[offset + 1] = y;
    }
  }
  return points;
}

function checkGrid(bounds: Bounds, resolution: number, inputSize: number): void {
  checkBounds(bounds);
  if (!Number.isInteger(resolution) || resolution < 2 || resolution > MAX_GRID_RESOLUTION) {
    throw new Error(`predictGrid: resolution must be an integer from 2 to ${MAX_GRID_RESOLUTION}, got ${String(resolution)}.`);
  }
  if (inputSize !== 2) throw new Error(`predictGrid needs a model with 2 inputs, this one has ${inputSize}.`);
}

/** predictGrid for a network of lab's own (array-engine/spec-network.ts), with no tfjs model. */
export function predictNetworkGrid({ shape, network }: SpecNetwork, bounds: Bounds, resolution = DEFAULT_GRID_RESOLUTION): GridPrediction {
  checkGrid(bounds, resolution, shape.inputSize);
  const { xMin, xMax, yMin, yMax } = bounds;
  return { xMin, xMax, yMin, yMax, resolution, ...predictWithNetwork(network, shape, gridPoints(bounds, resolution)) };
}

export async function predictGrid(model: tf.Sequential, bounds: Bounds, resolution = DEFAULT_GRID_RESOLUTION): Promise<GridPrediction> {
  const head = readHead(model);
  checkGrid(bounds, resolution, head.inputSize);
  const { xMin, xMax, yMin, yMax } = bounds;
  const plan = planMlp(model, head.output, head.fromLogits);
  if (plan) return { xMin, xMax, yMin, yMax, resolution, ...predictWithMlp(plan, gridPoints(bounds, resolution)) };
  const cells = resolution * resolution;
  const [valuesTensor, classesTensor] = tf.tidy(() => {
    const outputs = head.predict(tf.tensor2d(gridPoints(bounds, resolution), [cells, 2]));
    if (head.output === 'softmax') return [tf.max(outputs, 1), tf.cast(tf.argMax(outputs, 1), 'int32')];
    return [tf.reshape(tf.slice(outputs, [0, 0], [cells, 1]), [cells])];
  });
  try {
    const [values, classes] = await Promise.all([valuesTensor.data(), classesTensor?.data()]);
    return {
      xMin, xMax, yMin, yMax,
      resolution,
      values: Float32Array.from(values),
      ...(classes ? { classes: Int32Array.from(classes) } : {}),
    };
  } finally {
    tf.dispose([valuesTensor, ...(classesTensor ? [classesTensor] : [])]);
  }
}
