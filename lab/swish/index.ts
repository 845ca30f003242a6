export { readBetas } from './learned-betas.ts';
export {
  BETA_SHARING,
  INITIAL_BETA,
  isBetaSharing,
  SWISH_ARM_IDS,
  swishArmChoice,
  swishArmLabel,
  swishArms,
  type BetaSharing,
  type SwishArmId,
  type SwishNetwork,
} from './swish-arms.ts';
