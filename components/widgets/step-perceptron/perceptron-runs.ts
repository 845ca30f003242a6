/**
 * The widget's three experiments, through lab/: the perceptron rule on separable blobs (the widget
 * calls lab's trainPerceptron itself, to show each epoch), plain gradient descent on the same step
 * unit (and on a sigmoid unit, for contrast), and one step unit facing three classes. Plain numbers
 * in, plain numbers out.
 */
import {
  accuracyCeiling, correctByUnit, distinctOutputs, getScalarActivation, gradientDescentOnUnitInSlices, stepGradientAt,
  trainPerceptron, type UnitDescentResult, type UnitWeights, type Dataset, type EngineChoice, type GridPrediction,
} from '../../../lab/index';
import { neutralGrid } from '../../ui/live-maps/sigmoid-map';
import { unitGrid } from '../../ui/live-maps/unit-plane';
import { DESCENT_STEPS, GRADIENT_SAMPLES, GRID_RESOLUTION, PLANE, THREE_CLASS_EPOCHS, type PerceptronSettings } from './step-perceptron-config';

/** The step unit's output (0 or 1) on every grid cell over the plane; before there is a unit, the neutral 0.5. */
export function stepGrid(unit?: UnitWeights): GridPrediction {
  return unit ? unitGrid(unit, getScalarActivation('step').value, PLANE, GRID_RESOLUTION) : neutralGrid(PLANE, GRID_RESOLUTION);
}

export interface GradientSample {
  z: number;
  slope: number;
}

/** The step's slope at the sampled inputs, from the engine's backward pass (tf.grad on 'tfjs'). */
export function sampleStepGradient(engine: EngineChoice): GradientSample[] {
  const { min, max, count } = GRADIENT_SAMPLES;
  const zs = Array.from({ length: count }, (_, i) => Number((min + (i * (max - min)) / (count - 1)).toFixed(6)));
  const slopes = stepGradientAt(zs, engine);
  return zs.map((z, i) => ({ z, slope: slopes[i]! }));
}

export interface DescentComparison {
  step: UnitDescentResult;
  sigmoid: UnitDescentResult;
  learningRate: number;
}

/** Both descents run in short slices, so the page stays responsive while they run; on lab's engine unless the reader chose tfjs. */
export async function runDescent(dataset: Dataset, settings: PerceptronSettings, engine: EngineChoice): Promise<DescentComparison> {
  const options = { seed: settings.seed, learningRate: settings.learningRate, steps: DESCENT_STEPS, engine };
  const step = await gradientDescentOnUnitInSlices(dataset.train, options);
  const sigmoid = await gradientDescentOnUnitInSlices(dataset.train, { ...options, activationId: 'sigmoid' });
  return { step, sigmoid, learningRate: settings.learningRate };
}

export interface ThreeClassOutcome {
  unit: UnitWeights;
  /** The unit's output at every grid cell's centre over the plane: the map's background. */
  grid: GridPrediction;
  epochs: number;
  /** Values the unit gave on every data point and every grid cell, sorted. */
  outputsSeen: number[];
  points: number;
  accuracy: number;
  ceiling: number;
  classTwo: { correct: number; total: number };
}

/** The unit's outputs are read on every data point and at every grid cell's centre over the plane. */
export async function runThreeClass(dataset: Dataset, settings: PerceptronSettings, signal: AbortSignal): Promise<ThreeClassOutcome> {
  const result = await trainPerceptron(dataset, { seed: settings.seed, learningRate: settings.learningRate, maxEpochs: THREE_CLASS_EPOCHS, signal });
  const unit = { weights: result.weights, bias: result.bias };
  const grid = stepGrid(unit);
  const { xs, ys } = dataset.train;
  const classTwo = { xs: xs.filter((_, i) => ys[i] === 2), ys: ys.filter((y) => y === 2) };
  return {
    unit,
    grid,
    epochs: result.epochs,
    outputsSeen: [...new Set([...distinctOutputs(unit, xs), ...grid.values])].sort((a, b) => a - b),
    points: xs.length,
    accuracy: result.trainAccuracy,
    ceiling: accuracyCeiling(ys),
    classTwo: { correct: correctByUnit(result, classTwo), total: classTwo.xs.length },
  };
}
