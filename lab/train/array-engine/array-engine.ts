/**
 * The plain-array engine for plain MLPs: the whole training step (forward, analytic backward pass,
 * optimizer update) in Float32Array loops, with no tfjs op per step. For the tiny networks of this
 * guide, per-op dispatch dominates tfjs's cost, so this runs many times faster; it computes the same
 * losses as the tfjs engine to float32 rounding (tests/unit/mlp-engine.test.ts). Weights start from
 * the model's and go back into it whenever the loop hands control to anyone else (or, for a network built
 * from a config with no tfjs model, spec-network.ts, start from its seeded weights). Activation kernels
 * come from the catalog (lab/activations: each entry's arrayKernel).
 */
import { tf } from '../../tfjs.ts';
import type { Dataset } from '../../types.ts';
import { createRng, deriveSeed, type Rng } from '../../rng.ts';
import { toMeasuredMetrics, type EpochLoss, type MeasuredMetrics, type TrainingEngine } from '../engine.ts';
import type { ResolvedTrainOptions } from '../options.ts';
import { MlpNetwork } from './network.ts';
import { accuracy, lossAndGradient } from './objective.ts';
import { makeFlatOptimizer, type FlatOptimizer } from './flat-optimizers.ts';
import { OPTIMIZER_EPSILON } from '../../export/training-settings.ts';
import type { MlpPlan, MlpShape } from './plan.ts';
import { gatherRows, toArraySplit, type ArraySplit } from './splits.ts';

/** A network whose parameters start as the model's current weights. */
export function networkFromPlan(plan: MlpPlan): MlpNetwork {
  const network = new MlpNetwork(plan.layers);
  network.offsets().forEach(({ kernel, bias, activation }, i) => {
    const layer = plan.layers[i]!;
    network.params.set(layer.kernel.read().dataSync(), kernel);
    if (layer.bias && bias >= 0) network.params.set(layer.bias.read().dataSync(), bias);
    if (layer.activationWeight && activation >= 0) network.params.set(layer.activationWeight.read().dataSync(), activation);
  });
  return network;
}

/** Writes the network's parameters into the model's variables. */
export function writeNetworkToModel(network: MlpNetwork, plan: MlpPlan): void {
  const { params } = network;
  tf.tidy(() => {
    network.offsets().forEach(({ kernel, bias, activation }, i) => {
      const layer = plan.layers[i]!;
      const size = layer.inputs * layer.units;
      (layer.kernel.read() as tf.Variable).assign(tf.tensor2d(params.slice(kernel, kernel + size), [layer.inputs, layer.units]));
      if (layer.bias && bias >= 0) (layer.bias.read() as tf.Variable).assign(tf.tensor1d(params.slice(bias, bias + layer.units)));
      const weight = layer.activationWeight?.read() as tf.Variable | undefined;
      if (weight && activation >= 0) weight.assign(tf.tensor(params.slice(activation, activation + weight.size), weight.shape));
    });
  });
}

/** Where the engine's network comes from and, for one read from a tfjs model, how its weights go back. */
interface EngineNetwork {
  shape: MlpShape;
  network: MlpNetwork;
  /** The optimizer's ε: the tfjs backend's epsilon, 1e-7 on the float32 backends (cpu, wasm). */
  epsilon: number;
  writeBack?: () => void;
}

class ArrayEngine implements TrainingEngine {
  readonly name = 'lab';
  readonly trainSize: number;
  readonly #plan: MlpShape;
  readonly #network: MlpNetwork;
  readonly #writeBack: (() => void) | undefined;
  readonly #optimizer: FlatOptimizer;
  readonly #train: ArraySplit;
  readonly #test: ArraySplit | undefined;
  readonly #batchSize: number;
  readonly #rng: Rng;
  readonly #batch: ArraySplit;
  readonly #outputGradient: Float32Array;
  #pending: EpochLoss[] = [];
  #changed = false;
  /** An epoch of mini-batches paused between two of them (runEpoch's pause). */
  #paused: { order: number[]; start: number; loss: number } | undefined;

  constructor({ shape: plan, network, epsilon, writeBack }: EngineNetwork, dataset: Dataset, settings: ResolvedTrainOptions) {
    this.#plan = plan;
    this.#network = network;
    this.#writeBack = writeBack;
    this.#train = toArraySplit(dataset.train, plan);
    this.#test = dataset.test.ys.length > 0 ? toArraySplit(dataset.test, plan) : undefined;
    this.trainSize = this.#train.rows;
    this.#batchSize = Math.min(settings.batchSize ?? this.trainSize, this.trainSize);
    this.#rng = createRng(deriveSeed(settings.seed, 'batches'));
    this.#batch = {
      xs: new Float32Array(this.#batchSize * plan.inputSize),
      ys: new Float32Array(this.#batchSize),
      rows: this.#batchSize,
    };
    this.#outputGradient = new Float32Array(this.#batchSize * this.#network.outputWidth);
    this.#optimizer = makeFlatOptimizer(settings.optimizer, settings.learningRate, this.#network.params.length, epsilon);
  }

  /** One update on `rows` rows of `split`; returns the loss before the update. */
  #step(split: ArraySplit, rows: number): number {
    const network = this.#network;
    const logits = network.forward(split.xs, rows);
    const loss = lossAndGradient(
      { output: this.#plan.output, logits, ys: split.ys, rows, width: network.outputWidth },
      this.#outputGradient,
    );
    network.backward(split.xs, rows, this.#outputGradient);
    this.#optimizer.step(network.params, network.grads);
    return loss;
  }

  runEpoch(epoch: number, pause: () => boolean = () => false): boolean {
    this.#changed = true;
    const size = this.trainSize;
    if (this.#batchSize >= size) {
      this.#pending.push({ epoch, loss: this.#step(this.#train, size) });
      return true;
    }
    const run = this.#paused ?? { order: this.#rng.shuffle(Array.from({ length: size }, (_, i) => i)), start: 0, loss: 0 };
    this.#paused = undefined;
    while (run.start < size) {
      const end = Math.min(run.start + this.#batchSize, size);
      const rows = gatherRows(this.#train, run.order, run.start, end, this.#batch);
      run.loss += this.#step(this.#batch, rows) * (rows / size);
      run.start = end;
      if (end < size && pause()) {
        this.#paused = run;
        return false;
      }
    }
    this.#pending.push({ epoch, loss: run.loss });
    return true;
  }

  async takeLosses(): Promise<EpochLoss[]> {
    return this.#pending.splice(0);
  }

  #metricsOf(split: ArraySplit): [number, number] {
    const input = {
      output: this.#plan.output,
      logits: this.#network.forward(split.xs, split.rows),
      ys: split.ys,
      rows: split.rows,
      width: this.#network.outputWidth,
    };
    return [lossAndGradient(input), accuracy(input)];
  }

  async measure(): Promise<MeasuredMetrics> {
    const test = this.#test ? this.#metricsOf(this.#test) : undefined;
    return toMeasuredMetrics(this.#plan.output, this.#metricsOf(this.#train), test);
  }

  syncModel(): void {
    if (!this.#changed) return;
    this.#writeBack?.();
    this.#changed = false;
  }

  dispose(): void {
    this.#pending = [];
    this.#paused = undefined;
  }
}

/** The engine for a tfjs model's plan: starts from the model's weights and writes them back. */
export function createArrayEngine(plan: MlpPlan, dataset: Dataset, settings: ResolvedTrainOptions): TrainingEngine {
  const network = networkFromPlan(plan);
  return new ArrayEngine({ shape: plan, network, epsilon: tf.backend().epsilon(), writeBack: () => writeNetworkToModel(network, plan) }, dataset, settings);
}

/** The engine for a network of lab's own (no tfjs model): it trains `network`'s parameters in place. */
export function createNetworkEngine(shape: MlpShape, network: MlpNetwork, dataset: Dataset, settings: ResolvedTrainOptions): TrainingEngine {
  return new ArrayEngine({ shape, network, epsilon: OPTIMIZER_EPSILON }, dataset, settings);
}
