export {
  comparisonSeeds,
  MAX_COMPARISON_SEEDS,
  runSeedComparison,
  type ComparisonArm,
  type ComparisonOutcome,
  type ComparisonPlan,
  type ComparisonProgress,
  type ComparisonRun,
  type ComparisonTrainOptions,
  type RunKey,
} from './seed-comparison.ts';
export { pairedDifferences, summariseArm, summariseArms, type ArmSummary } from './arm-summary.ts';
