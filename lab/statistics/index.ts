/** Statistics for "which activation is better": paired differences over seeds with bootstrap intervals. */
export { bootstrapMeanInterval, meanOf, DEFAULT_RESAMPLES, DEFAULT_LEVEL, type BootstrapOptions, type Interval } from './bootstrap.ts';
export {
  comparePaired, MIN_PAIRED_SEEDS, type ArmValues, type CompareOptions, type PairedComparison, type SeedValue, type Verdict,
} from './paired-difference.ts';
export { bestArm, compareWithBest, type BestComparison, type BestOptions } from './compare-with-best.ts';
export { armValuesOf, type ScoredRun } from './arm-values.ts';
