/**
 * When a run trains in a Web Worker (lab/runs/worker/step-rule.ts, lab/train/page-step.ts): only a
 * tfjs step over the backend's budget sends it there. Every demo's default plan, built by the demo's
 * own plan function from its defaults, stays on the page on both backends; chapter 9's MNIST network
 * 4 × 64 with batches of 1,024 (the step the lead measured at 55–74 ms of CPU) goes to the worker.
 */
import { describe, expect, it } from 'vitest';
import { forwardMacsPerStep, pageStepMaxMacs, PAGE_STEP_BUDGET_MS, COST_MS_PER_MILLION_MACS, stepTooBigForPage } from '../../lab/train/page-step.ts';
import { armTrainsOnTfjs, largestTfjsStepMacs, planNeedsWorker } from '../../lab/runs/worker/step-rule.ts';
import type { RunPlan } from '../../lab/runs/plan.ts';
import { loadRecipe } from '../../lab/export/recipe.ts';
import { recipePlan } from '../../lab/export/recipe-plan.ts';
import { FRAMEWORKS_PRESET } from '../../lab/export/recipe-preset.ts';
import { VANISHING_PRESET, DYING_RELU_PRESET } from '../../lab/analysis/presets.ts';
import { dyingReluPlan } from '../../lab/analysis/dying-relu-plan.ts';
import { deepNetworkConfig, gradientTrackingPlan } from '../../lab/analysis/gradient-tracking.ts';
import { deepBatch } from '../../lab/analysis/deep-batch.ts';
import { capacityPlan } from '../../lab/capacity/capacity-sweep.ts';
import { noisyCircle } from '../../lab/capacity/capacity-setup.ts';
import { biasArms } from '../../lab/bias/bias-arms.ts';
import { makeDataset } from '../../lab/datasets/index.ts';
import { DEFAULT_RACERS, RACE_DEFAULTS } from '../../components/widgets/activation-race/race-config.ts';
import { raceDataset, racePlan } from '../../components/widgets/activation-race/race-plan.ts';
import { SOFTMAX_DEFAULTS } from '../../components/widgets/softmax-classes/softmax-config.ts';
import { softmaxDataset, softmaxPlan } from '../../components/widgets/softmax-classes/softmax-plan.ts';
import { DEFAULTS as SWISH_DEFAULTS, DATASET_PRESETS as SWISH_PRESETS } from '../../components/widgets/swish-vs-relu/swish-vs-relu-config.ts';
import { swishPlan } from '../../components/widgets/swish-vs-relu/swish-vs-relu-plan.ts';
import { DEFAULTS as LEARNED_DEFAULTS } from '../../components/widgets/learned-activation/learned-config.ts';
import { learnedPlan } from '../../components/widgets/learned-activation/learned-plan.ts';
import { CAPACITY_DEFAULTS } from '../../components/widgets/capacity/capacity-config.ts';
import { BIAS_RACE_DEFAULTS } from '../../components/widgets/bias-race/bias-race-config.ts';

const BACKENDS = ['wasm', 'cpu'] as const;

/** Chapter 9's widget on MNIST: 4 hidden layers of 64, batches of 1,024, on tfjs (the plan the widget builds). */
async function frameworksMnistPlan(): Promise<RunPlan> {
  return recipePlan(await loadRecipe({ ...FRAMEWORKS_PRESET, dataset: { id: 'mnist', seed: 1 }, depth: 4, width: 64, batchSize: 1024, epochs: 3 }));
}

/** Each demo's plan from its default settings, as its widget builds it. */
async function defaultPlans(): Promise<[string, RunPlan][]> {
  const D = DYING_RELU_PRESET;
  const V = VANISHING_PRESET;
  return [
    ['three-frameworks', recipePlan(await loadRecipe(FRAMEWORKS_PRESET))],
    ['activation-race', racePlan({ ...RACE_DEFAULTS, racers: [...DEFAULT_RACERS] }, raceDataset(RACE_DEFAULTS.seed))],
    ['softmax-classes', softmaxPlan({ ...SOFTMAX_DEFAULTS }, softmaxDataset(SOFTMAX_DEFAULTS.seed))],
    ['swish-vs-relu', await swishPlan({ ...SWISH_DEFAULTS })],
    ['learned-activation', await learnedPlan({ ...LEARNED_DEFAULTS })],
    ['capacity', capacityPlan({ dataset: noisyCircle(CAPACITY_DEFAULTS.seed), seed: CAPACITY_DEFAULTS.seed, depth: CAPACITY_DEFAULTS.depth, epochs: CAPACITY_DEFAULTS.epochs })],
    ['bias-race', { arms: biasArms({ ...BIAS_RACE_DEFAULTS }), seeds: [BIAS_RACE_DEFAULTS.seed] }],
    ['dying-relu', dyingReluPlan({
      dataset: makeDataset(D.dataset, { seed: D.seed, size: D.datasetSize, noise: D.noise }), hidden: [...D.hidden], seed: D.seed, learningRate: D.learningRate,
      epochs: D.epochs, measureEvery: D.measureEvery, leakyAlpha: D.leakyAlpha, optimizer: D.optimizer, initializer: D.initializer, inputScale: D.inputScale,
    })],
    ['vanishing-gradients', gradientTrackingPlan(
      deepNetworkConfig({ activation: { id: V.activation }, initializer: V.initializer, seed: V.seed, depth: V.depth, width: V.width, inputSize: V.inputSize }),
      deepBatch({ seed: V.seed, size: V.batchSize, inputSize: V.inputSize }),
      { epochs: V.epochs, learningRate: V.learningRate, optimizer: V.optimizer, seed: V.seed, measureEvery: V.measureEvery },
    )],
  ];
}

describe('the page-step budget', () => {
  it('counts a step\'s forward multiply-adds over every Dense layer', () => {
    // 196 inputs, 4 × 64 hidden, 10 classes: 196·64 + 3·64·64 + 64·10 = 25,472 per row.
    const mnist = [{ inputs: 196, units: 64 }, { inputs: 64, units: 64 }, { inputs: 64, units: 64 }, { inputs: 64, units: 64 }, { inputs: 64, units: 10 }];
    expect(forwardMacsPerStep(mnist, 1)).toBe(25_472);
    expect(forwardMacsPerStep(mnist, 1024)).toBe(25_472 * 1024);
    expect(forwardMacsPerStep([], 1024)).toBe(0);
  });

  it('keeps a step within the budget at the worst measured cost, with a smaller limit for cpu than for wasm', () => {
    for (const backend of BACKENDS) {
      const limit = pageStepMaxMacs(backend);
      expect((limit / 1e6) * COST_MS_PER_MILLION_MACS[backend]!).toBeLessThanOrEqual(PAGE_STEP_BUDGET_MS);
      expect(stepTooBigForPage(limit, backend)).toBe(false);
      expect(stepTooBigForPage(limit + 1, backend)).toBe(true);
    }
    expect(pageStepMaxMacs('cpu')).toBeLessThan(pageStepMaxMacs('wasm'));
    // A backend never measured is held to cpu's limit.
    expect(pageStepMaxMacs('webgl')).toBe(pageStepMaxMacs('cpu'));
    // The step measured at 55–74 ms of CPU on wasm leaves the page.
    expect(stepTooBigForPage(25_472 * 1024, 'wasm')).toBe(true);
  });
});

describe('which plans train in a worker', () => {
  it('sends chapter 9\'s MNIST network 4 × 64 with batches of 1,024 to the worker on either backend', async () => {
    const plan = await frameworksMnistPlan();
    expect(plan.engine).toBe('tfjs');
    expect(plan.arms[0]!.dataset.inputSize).toBe(196);
    expect(largestTfjsStepMacs(plan, 'wasm')).toBe(25_472 * 1024);
    for (const backend of BACKENDS) expect(planNeedsWorker(plan, backend)).toBe(true);
    // The same network with batches of 64 steps within the budget and stays on the page.
    const small = { ...plan, arms: plan.arms.map((arm) => ({ ...arm, train: { ...arm.train, batchSize: 64 } })) };
    for (const backend of BACKENDS) expect(planNeedsWorker(small, backend)).toBe(false);
  });

  it('weighs only tfjs steps: the same big network on lab\'s array engine stays on the page', async () => {
    const plan = await frameworksMnistPlan();
    const arm = plan.arms[0]!;
    expect(armTrainsOnTfjs(arm, 'lab', 'wasm')).toBe(false);
    expect(planNeedsWorker({ ...plan, engine: 'lab' }, 'wasm')).toBe(false);
    // Under 'auto' on cpu the array engine takes it (engine-crossover.ts), so no worker; on wasm tfjs does, so the worker.
    expect(armTrainsOnTfjs(arm, 'auto', 'cpu')).toBe(false);
    expect(planNeedsWorker({ ...plan, engine: 'auto' }, 'cpu')).toBe(false);
    expect(armTrainsOnTfjs(arm, 'auto', 'wasm')).toBe(true);
    expect(planNeedsWorker({ ...plan, engine: 'auto' }, 'wasm')).toBe(true);
  });

  it('keeps every demo\'s default plan on the page, whichever engine the reader picks', async () => {
    const plans = await defaultPlans();
    expect(plans.length).toBeGreaterThanOrEqual(9);
    for (const [demo, plan] of plans) {
      expect(plan.arms.length, demo).toBeGreaterThan(0);
      for (const backend of BACKENDS) {
        for (const engine of ['auto', 'tfjs', 'lab'] as const) {
          expect(planNeedsWorker({ ...plan, engine: plan.engine ?? engine }, backend), `${demo} on ${backend}, engine ${engine}`).toBe(false);
        }
      }
    }
  });

  it('keeps swish-vs-relu\'s suggested settings for each data set on the page on wasm', async () => {
    for (const [dataset, preset] of Object.entries(SWISH_PRESETS)) {
      const plan = await swishPlan({ ...SWISH_DEFAULTS, ...preset, dataset: dataset as keyof typeof SWISH_PRESETS });
      expect(planNeedsWorker({ ...plan, engine: 'tfjs' }, 'wasm'), dataset).toBe(false);
    }
  });

  it('sends swish-vs-relu at its widest on MNIST (3 × 64, measured at 30 ms of CPU a step on wasm) to the worker', async () => {
    const plan = await swishPlan({ ...SWISH_DEFAULTS, ...SWISH_PRESETS.mnist, dataset: 'mnist', layers: 3, units: 64, sharing: 'unit' });
    expect(largestTfjsStepMacs(plan, 'wasm')).toBeGreaterThan(pageStepMaxMacs('wasm'));
    expect(planNeedsWorker(plan, 'wasm')).toBe(true);
  });
});
