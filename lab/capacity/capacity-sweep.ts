/**
 * The capacity sweep as lab's run orchestrator takes it: one arm per width, narrowest first, all
 * trained with the same recipe and seed on the same noisy circle; and each run's record read as the
 * sweep's terms (final losses, and the training and test loss on every evaluation epoch).
 */
import type { Dataset, EpochMetrics, TrainStatus } from '../types.ts';
import type { ArmRun, ArmSpec, ProbeRequest, RunPlan } from '../runs/index.ts';
import { capacityConfig, capacityTraining, capacityWidths, type Depth } from './capacity-setup.ts';

export interface LossPoint {
  epoch: number;
  trainLoss: number;
  testLoss: number;
}

export interface CapacityRun {
  width: number;
  depth: Depth;
  status: TrainStatus | 'error';
  epochs: number;
  /** Training and test loss on every evaluation epoch (the test loss is measured only there). */
  curve: LossPoint[];
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  elapsedMs: number;
}

export interface SweepSettings {
  dataset: Dataset;
  seed: number;
  depth: Depth;
  epochs?: number;
  /** Probes every width's run takes (e.g. its decision map). */
  probes?: readonly ProbeRequest[];
}

/** The arm id of a width. */
export const widthArm = (width: number): string => `width-${width}`;

export function capacityPlan(settings: SweepSettings): RunPlan {
  const training = capacityTraining(settings.epochs);
  const arms = capacityWidths(settings.depth).map((width): ArmSpec => {
    const { seed: _seed, ...config } = capacityConfig(width, settings.depth, settings.seed);
    return { id: widthArm(width), label: `${width} units`, model: { kind: 'dense', config }, dataset: settings.dataset, train: training, probes: settings.probes ?? [] };
  });
  return { arms, seeds: [settings.seed] };
}

export function lossCurve(history: readonly EpochMetrics[]): LossPoint[] {
  return history.flatMap(({ epoch, loss, testLoss }) => (testLoss === undefined ? [] : [{ epoch, trainLoss: loss, testLoss }]));
}

export function capacityRun(record: ArmRun, width: number, depth: Depth): CapacityRun {
  const { metrics } = record;
  return {
    width,
    depth,
    status: record.status,
    epochs: record.epochs,
    curve: lossCurve(record.history),
    trainLoss: metrics.loss,
    testLoss: metrics.testLoss ?? NaN,
    trainAccuracy: metrics.trainAccuracy ?? NaN,
    testAccuracy: metrics.testAccuracy ?? NaN,
    elapsedMs: record.timings.elapsedMs,
  };
}
