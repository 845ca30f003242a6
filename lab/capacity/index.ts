export { flipLabels, MAX_FLIP_FRACTION } from './label-noise.ts';
export {
  CAPACITY_ACTIVATION, CAPACITY_DATA, CAPACITY_INPUT_SCALE, CAPACITY_TRAINING, DEFAULT_CAPACITY_SEED, DEFAULT_DEPTH, DEPTHS,
  MAX_EPOCHS, MIN_EPOCHS, WIDTHS_BY_DEPTH, capacityConfig, capacityTraining, capacityWidths, isDepth, noisyCircle, type Depth,
} from './capacity-setup.ts';
export { capacityPlan, capacityRun, lossCurve, widthArm, type CapacityRun, type LossPoint, type SweepSettings } from './capacity-sweep.ts';
export { NEAR_BEST_FACTOR, UNDERFIT_TRAIN_LOSS, readRun, summariseSweep, type FitReading, type SweepSummary } from './sweep-summary.ts';
