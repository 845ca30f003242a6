/**
 * The four optimizers on one flat parameter array, each update written as tfjs 4.22 writes it
 * (tfjs-core/src/optimizers), with tfjs's defaults: momentum 0.9 (lab's choice), Adam β₁ 0.9,
 * β₂ 0.999, RMSprop decay 0.9 without momentum; ε is the backend's epsilon, as tfjs uses.
 */
import type { OptimizerId } from '../../types.ts';
import { MOMENTUM } from '../optimizers.ts';

const ADAM_BETA1 = 0.9;
const ADAM_BETA2 = 0.999;
const RMSPROP_DECAY = 0.9;

export interface FlatOptimizer {
  /** Moves `params` one step against `grads`. */
  step(params: Float32Array, grads: Float32Array): void;
}

function sgd(learningRate: number): FlatOptimizer {
  return {
    step(params, grads) {
      for (let i = 0; i < params.length; i++) params[i] = -learningRate * grads[i]! + params[i]!;
    },
  };
}

function momentum(learningRate: number, size: number): FlatOptimizer {
  const accumulation = new Float32Array(size);
  return {
    step(params, grads) {
      for (let i = 0; i < params.length; i++) {
        accumulation[i] = MOMENTUM * accumulation[i]! + grads[i]!;
        params[i] = -learningRate * accumulation[i]! + params[i]!;
      }
    },
  };
}

function adam(learningRate: number, size: number, epsilon: number): FlatOptimizer {
  const first = new Float32Array(size);
  const second = new Float32Array(size);
  const powers = new Float32Array([ADAM_BETA1, ADAM_BETA2]);
  return {
    step(params, grads) {
      const correction1 = 1 - powers[0]!;
      const correction2 = 1 - powers[1]!;
      for (let i = 0; i < params.length; i++) {
        const g = grads[i]!;
        first[i] = first[i]! * ADAM_BETA1 + g * (1 - ADAM_BETA1);
        second[i] = second[i]! * ADAM_BETA2 + g * g * (1 - ADAM_BETA2);
        const m = first[i]! / correction1;
        const v = second[i]! / correction2;
        params[i] = (m / (Math.sqrt(v) + epsilon)) * -learningRate + params[i]!;
      }
      powers[0] = powers[0]! * ADAM_BETA1;
      powers[1] = powers[1]! * ADAM_BETA2;
    },
  };
}

function rmsprop(learningRate: number, size: number, epsilon: number): FlatOptimizer {
  const meanSquare = new Float32Array(size);
  return {
    step(params, grads) {
      for (let i = 0; i < params.length; i++) {
        const g = grads[i]!;
        meanSquare[i] = meanSquare[i]! * RMSPROP_DECAY + g * g * (1 - RMSPROP_DECAY);
        params[i] = params[i]! - (g * learningRate) / Math.sqrt(meanSquare[i]! + epsilon);
      }
    },
  };
}

export function makeFlatOptimizer(id: OptimizerId, learningRate: number, size: number, epsilon: number): FlatOptimizer {
  switch (id) {
    case 'sgd':
      return sgd(learningRate);
    case 'momentum':
      return momentum(learningRate, size);
    case 'adam':
      return adam(learningRate, size, epsilon);
    case 'rmsprop':
      return rmsprop(learningRate, size, epsilon);
  }
}
