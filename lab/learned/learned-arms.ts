/**
 * The arms the learned-activation widget compares: the network with a learned mix in every hidden
 * layer, and the same network with fixed ReLU and fixed tanh. Same seed, same initial weights.
 */
import type { InitializerId, OutputKind } from '../types.ts';
import { buildModel } from '../models/build.ts';
import type { ComparisonArm } from '../comparison/seed-comparison.ts';
import { baseFunctionLabel, checkBaseFunctions, type BaseFunctionId } from './base-functions.ts';
import { checkCombinationMode, type CombinationMode } from './coefficients.ts';
import { buildLearnedModel, readCoefficients } from './learned-model.ts';

export const LEARNED_ARM_ID = 'learned';
export const FIXED_ARM_IDS = ['relu', 'tanh'] as const;

export interface LearnedNetwork {
  inputSize: number;
  hidden: number[];
  outputSize: number;
  output: OutputKind;
  initializer?: InitializerId;
  inputScale?: number;
}

export interface LearnedMix {
  bases: readonly BaseFunctionId[];
  mode: CombinationMode;
}

export function learnedArmLabel(mode: CombinationMode): string {
  return `Learned (${mode})`;
}

const FIXED_LABELS: Readonly<Record<(typeof FIXED_ARM_IDS)[number], string>> = { relu: 'ReLU', tanh: 'tanh' };

/** Coefficients per hidden layer, as the learned arm's probe reports them. */
export type CoefficientRows = number[][];

export function learnedArms(network: LearnedNetwork, mix: LearnedMix): ComparisonArm<CoefficientRows>[] {
  const bases = checkBaseFunctions(mix.bases);
  const mode = checkCombinationMode(mix.mode);
  return [
    {
      id: LEARNED_ARM_ID,
      label: learnedArmLabel(mode),
      build: (seed: number) => buildLearnedModel({ ...network, bases, mode, seed }),
      probe: readCoefficients,
    },
    ...FIXED_ARM_IDS.map((id) => ({
      id,
      label: FIXED_LABELS[id],
      build: (seed: number) => buildModel({ ...network, activation: { id }, seed }),
    })),
  ];
}

/** "0.21 identity + 0.55 ReLU − 0.24 tanh", with true minus signs. */
export function describeMix(bases: readonly BaseFunctionId[], coefficients: readonly number[], digits = 2): string {
  return bases
    .map((id, index) => {
      const value = coefficients[index] ?? NaN;
      const magnitude = `${Math.abs(value).toFixed(digits)} ${baseFunctionLabel(id)}`;
      const negative = value < 0 && Number(Math.abs(value).toFixed(digits)) !== 0;
      if (index === 0) return negative ? `−${magnitude}` : magnitude;
      return `${negative ? '−' : '+'} ${magnitude}`;
    })
    .join(' ');
}
