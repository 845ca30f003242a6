export { pairedDifferences, summariseArm, summariseArms, testAccuracyOf, type ArmSummary } from './arm-summary.ts';
