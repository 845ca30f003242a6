// Numbers in the chapters that come from seeded runs: the widgets' own set-ups (bias race, vanishing
// gradients, dying ReLU, capacity sweep) and two cells, rerun here through lab/ and compared with the
// prose. A change to a preset, a seed or the training code that moves a quoted number fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import * as lab from '../../lab/index.ts';
import { chapterSource, expectAbout, expectRounded, numberAfter, parseProseNumber } from './support/chapter-text.ts';

const tf = await lab.loadFullTfjs();

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const V = lab.VANISHING_PRESET;
const vanishingBatch = () => lab.deepBatch({ seed: V.seed, size: V.batchSize, inputSize: V.inputSize });
const vanishingConfig = (activation: string, initializer: lab.InitializerId) =>
  lab.deepNetworkConfig({ activation: { id: activation }, initializer, seed: V.seed, depth: V.depth, width: V.width, inputSize: V.inputSize });

async function initialNorms(activation: string, initializer: lab.InitializerId): Promise<number[]> {
  const model = lab.buildModel(vanishingConfig(activation, initializer));
  try {
    return await lab.layerGradientNorms(model, vanishingBatch().train);
  } finally {
    model.dispose();
  }
}

describe('chapter 2: the bias race', () => {
  it('quotes the slope the bias-free line settles on', async () => {
    const seed = lab.DEFAULT_BIAS_SEED;
    const { records } = await lab.runArms({ arms: [lab.biasArm('regress', false, { seed })], seeds: [seed] });
    const line = records[0]!.probes.line!;
    expectRounded(numberAfter(chapterSource('02'), 'settles on a slope of about'), line.w, 'bias-free slope');
  });
});

describe('chapter 5: vanishing gradients', () => {
  const source = chapterSource('05');
  const ROWS = [
    ['Sigmoid, Glorot', 'sigmoid', 'glorot'], ['Tanh, Glorot', 'tanh', 'glorot'],
    ['ReLU, He', 'relu', 'he'], ['SELU, LeCun', 'selu', 'lecun'],
  ] as const;

  it.each(ROWS)('the table’s row "%s" quotes the first and tenth layers’ gradients and their ratio', async (label, activation, initializer) => {
    const line = source.split('\n').find((candidate) => candidate.startsWith(`| ${label} |`))!;
    const [first, tenth, ratioCell] = line.split('|').slice(2, 5).map((cell) => cell.trim());
    const norms = await initialNorms(activation, initializer);
    expectRounded(parseProseNumber(first!), norms[0]!, `${label}, first layer`);
    expectRounded(parseProseNumber(tenth!), norms[9]!, `${label}, tenth layer`);
    const ratio = norms[9]! / norms[0]!;
    const quoted = parseProseNumber(ratioCell!.match(/about ([\d,.]+)×/)![1]!);
    if (quoted >= 10) expectAbout(quoted, ratio, 0.02, `${label}, ratio`);
    else expectRounded(quoted, ratio, `${label}, ratio`);
    const perLayer = ratioCell!.match(/around ([\d.]+)× per layer/);
    if (perLayer) expectRounded(Number(perLayer[1]), ratio ** (1 / (V.depth - 1)), `${label}, per layer`);
  });

  it('describes what training the sigmoid network does to its gradients, its accuracy and its forward pass', async () => {
    const snapshots: lab.GradientSnapshot[] = [];
    const plan = lab.gradientTrackingPlan(vanishingConfig('sigmoid', 'glorot'), vanishingBatch(), {
      epochs: V.epochs, learningRate: V.learningRate, optimizer: V.optimizer, seed: V.seed, measureEvery: V.measureEvery,
    });
    const { records } = await lab.runArms(plan, { onProbe: (event) => { const snapshot = lab.gradientSnapshot(event); if (snapshot) snapshots.push(snapshot); } });
    const run = { snapshots, final: records[0]!.metrics };
    const epoch = numberAfter(source, 'Within about');
    const snapshot = run.snapshots.find((candidate) => candidate.epoch === epoch)!;
    const shrunkTo = numberAfter(source, "every layer's gradient has shrunk to around");
    snapshot.norms.forEach((norm, l) => expectAbout(shrunkTo, norm, 0.6, `layer ${l + 1} at epoch ${epoch}`));
    expectRounded(numberAfter(source, 'the ratio reads about'), snapshot.norms.at(-1)! / snapshot.norms[0]!, 'ratio after training');
    expectRounded(numberAfter(source, 'and the accuracy stays at') / 100, Math.round(run.final.trainAccuracy! * 100) / 100, 'accuracy');

    const model = lab.buildModel(vanishingConfig('sigmoid', 'glorot'));
    const spreads = tf.tidy(() => lab.hiddenActivations(model, tf.tensor2d(vanishingBatch().train.xs))
      .map((layer) => tf.sqrt(tf.moments(layer, 0).variance).mean().dataSync()[0]!));
    model.dispose();
    expectAbout(numberAfter(source, "the tenth layer's outputs vary across the batch by only about"), spreads[9]!, 0.1, 'tenth layer’s spread');
    expectAbout(numberAfter(source, 'by about the same factor of'), (spreads[0]! / spreads[9]!) ** (1 / (V.depth - 1)), 0.1, 'shrink per layer');
  });
});

describe('chapter 5: dead ReLU units', () => {
  const source = chapterSource('05');
  const P = lab.DYING_RELU_PRESET;
  const run = async (learningRate: number) => {
    const plan = lab.dyingReluPlan({
      dataset: lab.makeDataset(P.dataset, { seed: P.seed, size: P.datasetSize, noise: P.noise }),
      hidden: [...P.hidden], seed: P.seed, learningRate, epochs: P.epochs, measureEvery: P.measureEvery,
      leakyAlpha: P.leakyAlpha, optimizer: P.optimizer, initializer: P.initializer, inputScale: P.inputScale,
    });
    const snapshots: lab.DeadUnitSnapshot[] = [];
    const { records } = await lab.runArms(plan, { onProbe: (event) => { const snapshot = lab.deadUnitSnapshot(event, P.epochs); if (snapshot) snapshots.push(snapshot); } });
    const finalOf = (arm: string) => ({ final: records.find((record) => record.arm === arm)!.metrics });
    return { snapshots, results: { relu: finalOf('relu'), leaky: finalOf('leaky') } };
  };
  const total = (report: lab.DeadUnitReport, key: 'dead' | 'neverPositive') => report.layers.reduce((sum, layer) => sum + layer[key], 0);

  it('quotes how many units die, when, and what the two networks reach', async () => {
    const { snapshots, results } = await run(P.learningRate);
    const relu = snapshots.filter((snapshot) => snapshot.arm === 'relu');
    const units = P.hidden.reduce((sum, width) => sum + width, 0);
    expect(source).toContain(`(${total(relu[0]!.report, 'dead')} of ${units} with the default seed)`);
    const byEpoch = numberAfter(source, 'kills most of the rest within');
    const deadThen = total(relu.find((snapshot) => snapshot.epoch === byEpoch)!.report, 'dead');
    expect(deadThen - total(relu[0]!.report, 'dead'), 'most of the living units are dead by then').toBeGreaterThan((units - total(relu[0]!.report, 'dead')) / 2);
    expectRounded(numberAfter(source, 'the ReLU network still reaches') / 100, Math.round(results.relu.final.testAccuracy! * 100) / 100, 'ReLU accuracy');
    const survivors = units - total(relu.at(-1)!.report, 'dead');
    expect(source).toContain('with the third of its units that survive');
    expectAbout(1 / 3, survivors / units, 0.1, 'surviving share');
    expectRounded(numberAfter(source, 'The leaky network, whose units all still receive a gradient, reaches') / 100, Math.round(results.leaky.final.testAccuracy! * 100) / 100, 'leaky accuracy');
    const leakyEnd = snapshots.filter((snapshot) => snapshot.arm === 'leaky').at(-1)!.report;
    expect(source).toContain(`with ${total(leakyEnd, 'neverPositive')} of its ${units} units on the negative side for every input`);
  });

  it('says a learning rate of 0.01 leaves about as many dead units as at the start', async () => {
    expect(numberAfter(source, 'Lower the learning rate to')).toBe(0.01);
    const relu = (await run(0.01)).snapshots.filter((snapshot) => snapshot.arm === 'relu');
    expect(Math.abs(total(relu.at(-1)!.report, 'dead') - total(relu[0]!.report, 'dead'))).toBeLessThanOrEqual(1);
  });
});

describe('chapter 8: numbers from cells and from the capacity sweep', () => {
  const source = chapterSource('08');

  it('quotes how much smaller the squared error’s gradient is at z = −5', () => {
    const a = lab.getScalarActivation('sigmoid').value(-5);
    const crossEntropy = a - 1;
    const squared = 2 * (a - 1) * a * (1 - a);
    expectAbout(numberAfter(source, 'the squared-error gradient is about'), crossEntropy / squared, 0.02, 'ratio of the gradients');
  });

  it('quotes SELU’s and sigmoid’s gradients in the vanishing set-up', async () => {
    const selu = await initialNorms('selu', 'lecun');
    expectRounded(numberAfter(source, 'that pairing starts with first- and last-layer gradients of'), selu[0]!, 'SELU first layer');
    expectRounded(numberAfter(source, `gradients of ${numberAfter(source, 'that pairing starts with first- and last-layer gradients of')} and`), selu[9]!, 'SELU last layer');
    const sigmoid = await initialNorms('sigmoid', 'glorot');
    expectAbout(numberAfter(source, "the first layer's about"), sigmoid[9]! / sigmoid[0]!, 0.02, 'sigmoid ratio');
  });

  it('describes the spreads the initialisation cell prints', () => {
    const spreads = (activation: 'tanh' | 'relu' | 'selu', initializer: 'glorotUniform' | 'heUniform' | 'leCunUniform'): number[] => tf.tidy(() => {
      let h = tf.randomNormal([200, 96], 0, 1, 'float32', 42);
      const out: number[] = [];
      for (let layer = 0; layer < 10; layer++) {
        const z = h.matMul(tf.initializers[initializer]({ seed: layer + 1 }).apply([96, 96]));
        h = tf[activation](z);
        out.push(tf.moments(z).variance.sqrt().dataSync()[0]!);
      }
      return out;
    });
    const [reluGlorot, reluHe, seluLecun, seluHe, tanhGlorot] = [
      spreads('relu', 'glorotUniform'), spreads('relu', 'heUniform'), spreads('selu', 'leCunUniform'), spreads('selu', 'heUniform'), spreads('tanh', 'glorotUniform'),
    ];
    expectAbout(numberAfter(source, 'at the first layer (about'), reluHe[0]!, 0.05, 'He’s first spread');
    expect(source).toContain('the spread is down to a few hundredths, some thirty times smaller than with He');
    expect(reluGlorot[9]).toBeGreaterThanOrEqual(0.02);
    expect(reluGlorot[9]).toBeLessThan(0.1);
    expectAbout(30, reluHe[9]! / reluGlorot[9]!, 0.25, 'He over Glorot at the tenth layer');
    seluLecun.forEach((spread) => expectAbout(1, spread, 0.05, 'SELU with LeCun stays near 1'));
    expect(seluHe[9], 'SELU with He drifts upwards').toBeGreaterThan(seluHe[0]! * 2);
    expect(tanhGlorot[9], 'tanh with Glorot shrinks').toBeLessThan(tanhGlorot[0]! / 2);
  });

  it('describes the capacity sweep for the default seed and for the lopsided seed it names', async () => {
    const ratio = async (seed: number) => {
      const plan = lab.capacityPlan({ dataset: lab.noisyCircle(seed), seed, depth: lab.DEFAULT_DEPTH });
      const { records } = await lab.runArms(plan);
      const widths = lab.capacityWidths(lab.DEFAULT_DEPTH);
      const runs = records.map((record) => lab.capacityRun(record, widths.find((width) => lab.widthArm(width) === record.arm)!, lab.DEFAULT_DEPTH));
      return lab.summariseSweep(runs)!.uShapeRatio;
    };
    expect(source).toContain('the default seed gives both ends a test loss about twice the best');
    expectAbout(2, await ratio(lab.DEFAULT_CAPACITY_SEED), 0.1, 'U-shape ratio, default seed');
    const lopsided = numberAfter(source, 'Seed');
    expect(await ratio(lopsided), 'the better end is as good as the best width').toBeLessThan(1.05);
  }, 60_000);
});
