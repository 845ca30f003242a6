/**
 * The arms the learned-activation widget compares: the network with a learned mix in every hidden
 * layer, and the same network with fixed ReLU and fixed tanh. Same seed, same initial weights.
 */
import type { Dataset, InitializerId, OutputKind } from '../types.ts';
import type { ArmSpec, Recipe } from '../runs/plan.ts';
import { baseFunctionLabel, checkBaseFunctions, type BaseFunctionId } from './base-functions.ts';
import { checkCombinationMode, type CombinationMode } from './coefficients.ts';

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

/** Plain arms for lab's run orchestrator; the learned arm's coefficients are read at the end, and live for the first seed. */
export function learnedArms(network: LearnedNetwork, mix: LearnedMix, dataset: Dataset, train: Recipe): ArmSpec[] {
  const bases = checkBaseFunctions(mix.bases);
  const mode = checkCombinationMode(mix.mode);
  return [
    {
      id: LEARNED_ARM_ID,
      label: learnedArmLabel(mode),
      model: { kind: 'learned-mix', config: { ...network, bases, mode } },
      dataset,
      train,
      probes: [{ id: 'coefficients', live: 'first-seed' }],
    },
    ...FIXED_ARM_IDS.map((id): ArmSpec => ({
      id,
      label: FIXED_LABELS[id],
      model: { kind: 'dense', config: { ...network, activation: { id } } },
      dataset,
      train,
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
