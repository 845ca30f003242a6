/** The sentences beside the widget's charts, built from the runs' plain numbers. */
import type { PerceptronEpoch, PerceptronResult, UnitWeights } from '../../../lab/index';
import { formatFixed, formatPercent, formatTiny, formatVector } from '../../ui/text/number-format';
import type { DescentComparison, GradientSample, ThreeClassOutcome } from './perceptron-runs';

function line(unit: UnitWeights): string {
  return `w = ${formatVector(unit.weights)}, b = ${formatFixed(unit.bias)}`;
}

/** The unit the rule starts from, which a run's first paint shows. */
export function describePerceptronStart(unit: UnitWeights): string {
  return `Start: ${line(unit)}. At z = 0 the step outputs 1, so every point is called class 1.`;
}

/** An epoch after the start (the start itself: describePerceptronStart). */
export function describePerceptronEpoch(epoch: PerceptronEpoch, trainSize: number): string {
  return `Epoch ${epoch.epoch}: ${epoch.mistakes} update${epoch.mistakes === 1 ? '' : 's'} in this pass. ${line(epoch)}. ` +
    `${epoch.trainCorrect} of ${trainSize} training points on their own side (${formatPercent(epoch.trainAccuracy)}).`;
}

export function describePerceptronResult(result: PerceptronResult, trainSize: number): string {
  const test = result.testAccuracy === undefined ? '' : ` Test accuracy ${formatPercent(result.testAccuracy)}.`;
  const accuracy = `Training accuracy ${formatPercent(result.trainAccuracy)} (${result.trainCorrect} of ${trainSize}).${test}`;
  switch (result.status) {
    case 'converged':
      return `Epoch ${result.epochs} went by without a single mistake, so the rule stopped: ${result.updates} updates in all. ${line(result)}. ${accuracy}`;
    case 'epoch-limit':
      return `After ${result.epochs} epochs the rule is still making mistakes (${result.history.at(-1)!.mistakes} in the last pass): ` +
        `if no straight line separates these points it never settles, and if one does, more epochs will find it. ${line(result)}. ${accuracy}`;
    case 'stopped':
      return `Stopped at epoch ${result.epochs}. ${line(result)}. ${accuracy}`;
  }
}

export function describeGradientSamples(samples: readonly GradientSample[]): string {
  const largest = Math.max(...samples.map((sample) => Math.abs(sample.slope)));
  const first = samples[0]!.z;
  const last = samples.at(-1)!.z;
  return `The step f(z) (line) and its slope f′(z) as the backward pass computes it (dots; lab's step kernel, or tf.grad with TensorFlow.js chosen) at ${samples.length} inputs from ` +
    `${formatFixed(first, 0)} to ${formatFixed(last, 0)}, z = 0 included. Largest |f′(z)|: ${formatTiny(largest)}.`;
}

export function describeDescent({ step, sigmoid, learningRate }: DescentComparison): string {
  const firstLoss = step.history[0]!.loss;
  const lastLoss = step.history.at(-1)!.loss;
  return `${step.history.length} steps of gradient descent (η = ${learningRate}) from ${line(step.initial)}: ` +
    `loss ${formatFixed(firstLoss, 3)} at the first step and ${formatFixed(lastLoss, 3)} at the last. ` +
    `Largest |gradient| component: ${formatTiny(step.largestGradient)}. Largest change of any weight: ${formatTiny(step.totalChange)}, ` +
    `so the unit ends exactly where it began. For contrast, the same steps with a sigmoid in place of the step change ` +
    `the weights by up to ${formatFixed(sigmoid.totalChange)} and take its loss from ${formatFixed(sigmoid.history[0]!.loss, 3)} ` +
    `to ${formatFixed(sigmoid.history.at(-1)!.loss, 3)}.`;
}

export function describeThreeClass(outcome: ThreeClassOutcome): string {
  const values = `{${outcome.outputsSeen.join(', ')}}`;
  return `After ${outcome.epochs} epochs of the perceptron rule (it never settles here), the unit's outputs on all ` +
    `${outcome.points} points and on ${outcome.grid.values.length.toLocaleString('en')} places across the plane take only the values ${values}. ` +
    `It names ${formatPercent(outcome.accuracy)} of the points correctly and ${outcome.classTwo.correct} of the ` +
    `${outcome.classTwo.total} class-2 points. With two output values the best possible is ${formatPercent(outcome.ceiling)}.`;
}
