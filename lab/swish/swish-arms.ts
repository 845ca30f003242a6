/**
 * The three networks the Swish chapter compares: identical apart from the hidden activation, which is
 * ReLU, Swish with β fixed at 1, or Swish whose β is a trained weight (one per layer or one per unit,
 * starting at 1). Plain arms for lab's run orchestrator: built by buildModel from catalog choices, so
 * they share initial weights per seed.
 */
import type { ActivationChoice, Dataset, InitializerId, OutputKind } from '../types.ts';
import type { ArmSpec, Recipe } from '../runs/plan.ts';

export const BETA_SHARING = ['layer', 'unit'] as const;
export type BetaSharing = (typeof BETA_SHARING)[number];

export const SWISH_ARM_IDS = ['relu', 'swish-1', 'swish-trained'] as const;
export type SwishArmId = (typeof SWISH_ARM_IDS)[number];

/** Where the trained β starts: Swish-1, so the two Swish arms begin as the same function. */
export const INITIAL_BETA = 1;

export interface SwishNetwork {
  inputSize: number;
  hidden: number[];
  outputSize: number;
  output: OutputKind;
  initializer?: InitializerId;
}

export function isBetaSharing(value: unknown): value is BetaSharing {
  return typeof value === 'string' && (BETA_SHARING as readonly string[]).includes(value);
}

export function swishArmChoice(armId: SwishArmId, sharing: BetaSharing): ActivationChoice {
  switch (armId) {
    case 'relu':
      return { id: 'relu' };
    case 'swish-1':
      return { id: 'swish', params: { beta: 1 } };
    case 'swish-trained':
      return { id: 'swish', params: { beta: INITIAL_BETA, trainable: 1, perUnit: sharing === 'unit' ? 1 : 0 } };
  }
}

export function swishArmLabel(armId: SwishArmId, sharing: BetaSharing): string {
  switch (armId) {
    case 'relu':
      return 'ReLU';
    case 'swish-1':
      return 'Swish-1';
    case 'swish-trained':
      return sharing === 'unit' ? 'Swish, β per unit' : 'Swish, β per layer';
  }
}

/** The arms in table order, on one data set and recipe; only the trained-β arm is probed (its β values per layer). */
export function swishArms(network: SwishNetwork, sharing: BetaSharing, dataset: Dataset, train: Recipe): ArmSpec[] {
  if (!isBetaSharing(sharing)) throw new Error(`Swish comparison: β sharing must be ${BETA_SHARING.join(' or ')}, got ${String(sharing)}.`);
  return SWISH_ARM_IDS.map((armId) => ({
    id: armId,
    label: swishArmLabel(armId, sharing),
    model: { kind: 'dense', config: { ...network, activation: swishArmChoice(armId, sharing) } },
    dataset,
    train,
    ...(armId === 'swish-trained' ? { probes: [{ id: 'betas' }] } : {}),
  }));
}
