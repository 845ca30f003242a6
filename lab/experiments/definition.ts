/**
 * An experiment: one data set, one network shape and training recipe, several activations, several
 * seeds. Plain data, so it travels through URLs, JSON exports, the CLI and the page unchanged.
 */
import type { OptimizerId } from '../types.ts';

export const SYNTHETIC_DATASET_IDS = ['spiral', 'circle', 'xor', 'gauss'] as const;
export const REAL_EXPERIMENT_DATASET_IDS = ['iris', 'penguins', 'mnist'] as const;
/** The reader's own CSV file; a config with it names the file, its columns and its data's hash (config.csv). */
export const CSV_DATASET_ID = 'csv';
export const EXPERIMENT_DATASET_IDS = [...SYNTHETIC_DATASET_IDS, ...REAL_EXPERIMENT_DATASET_IDS, CSV_DATASET_ID] as const;
export type ExperimentDatasetId = (typeof EXPERIMENT_DATASET_IDS)[number];

/** 'auto' picks the initialiser that suits each activation (He for the ReLU family, LeCun for SELU, Glorot otherwise). */
export const EXPERIMENT_INITIALIZERS = ['auto', 'glorot', 'he', 'lecun'] as const;
export type ExperimentInitializer = (typeof EXPERIMENT_INITIALIZERS)[number];

/** A catalog activation with every parameter spelled out. */
export interface ExperimentActivation {
  id: string;
  params: Record<string, number>;
}

/** Which CSV file a grid trains on: enough to ask for it again and to know it is the same data. */
export interface CsvSource {
  /** The file's name, as the reader chose it (its folder is never known). */
  file: string;
  label: string;
  /** Feature columns, in the order the network sees them. */
  features: string[];
  /** datasetHash of the data after the seeded split and standardising ("sha256:…"). */
  hash: string;
}

export interface ExperimentConfig {
  dataset: ExperimentDatasetId;
  /** Present exactly when dataset is 'csv'. */
  csv?: CsvSource;
  /** Noise of the synthetic data sets (ignored by the real ones). */
  noise: number;
  /** Seed of the data set and its train/test split; the same for every run of a grid. */
  dataSeed: number;
  /** Hidden layers, each `width` units wide. */
  depth: number;
  width: number;
  activations: ExperimentActivation[];
  initializer: ExperimentInitializer;
  optimizer: OptimizerId;
  learningRate: number;
  epochs: number;
  /** How many seeds each activation is trained with: firstSeed, firstSeed + 1, … */
  seeds: number;
  firstSeed: number;
  /** Test accuracy whose first crossing is reported as "epochs to target"; null for none. */
  targetAccuracy: number | null;
}

/** One cell of the grid: an activation trained with one seed. */
export interface GridCell {
  /** Position in the grid's run order, from 0. */
  index: number;
  activation: ExperimentActivation;
  /** Seeds the initial weights and the order of mini-batches. */
  seed: number;
}
