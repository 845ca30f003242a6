/**
 * One unit under gradient descent, as unit-descent.ts drives it on either engine: from its starting
 * weights, each step reports the loss before the update and the gradient it applied. The tfjs unit
 * (descent-unit-tfjs.ts) differentiates with tf.variableGrads; the lab unit (descent-unit-arrays.ts)
 * carries the error back through the catalog's array kernel of the activation, as lab's engine does.
 */
import type { ActivationEntry } from '../activations/index.ts';
import type { Split } from '../types.ts';
import type { UnitWeights } from './step-unit.ts';

export interface DescentSetup {
  split: Split;
  activation: ActivationEntry;
  learningRate: number;
  initial: UnitWeights;
}

export interface DescentUnit {
  /** One update w ← w − η ∂L/∂w: the mean squared error before it, and ∂L/∂w₁ … ∂L/∂wₙ, ∂L/∂b. */
  step(): { loss: number; gradient: number[] };
  /** The weights, then the bias, now. */
  values(): number[];
  dispose(): void;
}
