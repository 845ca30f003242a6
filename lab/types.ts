/**
 * The plain-data shapes that cross lab/'s boundary. Widgets, cells, the worker and the Node CLI
 * speak only these; tfjs objects stay inside lab/.
 */

/** One split of a data set: rows of features and an integer class label (or a target for regression). */
export interface Split {
  xs: number[][];
  ys: number[];
}

export interface Dataset {
  id: string;
  inputSize: number;
  /** 2 for binary problems, k for k-class problems, 0 for regression. */
  numClasses: number;
  classNames?: string[];
  train: Split;
  test: Split;
}

export interface DatasetOptions {
  /** Total points before the split. */
  size?: number;
  /** Playground-style noise, 0..0.5 as a fraction of the radius. */
  noise?: number;
  /** Fraction of points kept for the test split, 0..0.9. */
  testFraction?: number;
  /** Number of classes where the generator supports more than two (spiral). */
  classes?: number;
  seed: number;
}

/** A catalog activation with its parameter values, e.g. { id: 'leaky-relu', params: { alpha: 0.01 } }. */
export interface ActivationChoice {
  id: string;
  params?: Record<string, number>;
}

export type InitializerId = 'glorot' | 'he' | 'lecun';
export type OutputKind = 'sigmoid' | 'softmax' | 'linear';

export interface ModelConfig {
  inputSize: number;
  /** Units per hidden layer; [] is a single-layer model (one neuron for binary output). */
  hidden: number[];
  /** One activation for every hidden layer, or one per hidden layer. */
  activation: ActivationChoice | ActivationChoice[];
  /** Output units: 1 for sigmoid/linear, k for softmax. */
  outputSize: number;
  output: OutputKind;
  initializer?: InitializerId;
  useBias?: boolean;
  /** Multiplies every input before the first layer (default 1): 0.2 maps the playground's [-5, 5] to [-1, 1]. */
  inputScale?: number;
  seed: number;
}

export type OptimizerId = 'sgd' | 'momentum' | 'adam' | 'rmsprop';

/** 'lab' is lab's array engine (lab/train/array-engine/), 'tfjs' TensorFlow.js itself. */
export type EngineName = 'lab' | 'tfjs';
/** What a caller may ask for: 'auto' takes the array engine wherever it can train the model. */
export type EngineChoice = 'auto' | EngineName;

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  optimizer?: OptimizerId;
  /** Omit for whole-batch steps (the fast default). */
  batchSize?: number;
  /** Seed for batch shuffling. */
  seed?: number;
  /** Milliseconds of training before yielding to the event loop. */
  sliceBudgetMs?: number;
  /** Stop early once this is reached. */
  target?: { metric: 'testAccuracy' | 'testLoss' | 'trainAccuracy'; value: number; direction?: 'above' | 'below' };
  /** Evaluate metrics every n epochs (always on the last). */
  evaluateEvery?: number;
  /**
   * 'auto' (default): dense networks whose hidden activations come from the catalog (PReLU's and a
   * trainable Swish's weights included) train on lab's array engine (lab/train/array-engine/, same
   * losses as tfjs to float32 rounding, many times faster), everything else on tfjs. 'lab' insists on
   * the array engine (an error for a model it cannot train); 'tfjs' forces tfjs.
   */
  engine?: EngineChoice;
  signal?: AbortSignal;
  onProgress?: (progress: TrainProgress) => void;
}

export interface EpochMetrics {
  epoch: number;
  loss: number;
  trainAccuracy?: number;
  testLoss?: number;
  testAccuracy?: number;
}

export interface TrainProgress extends EpochMetrics {
  totalEpochs: number;
  elapsedMs: number;
}

export type TrainStatus = 'done' | 'stopped' | 'diverged' | 'target-reached';

export interface TrainResult {
  status: TrainStatus;
  /** Epochs completed; for 'diverged', the epoch whose loss was not finite. */
  epoch: number;
  history: EpochMetrics[];
  final: EpochMetrics;
  elapsedMs: number;
  samplesPerSecond: number;
  /** Human-readable reason for 'diverged' or 'stopped'. */
  message?: string;
  /** Which engine trained: 'lab' (lab's array engine) or 'tfjs'. */
  engine?: EngineName;
}

/** A decision-boundary sample: model outputs on a regular grid over the input plane. */
export interface GridPrediction {
  xMin: number; xMax: number; yMin: number; yMax: number;
  resolution: number;
  /** resolution × resolution values, row-major from yMax down; for softmax, the winning class probability. */
  values: Float32Array;
  /** For softmax models: the winning class per cell. */
  classes?: Int32Array;
}
