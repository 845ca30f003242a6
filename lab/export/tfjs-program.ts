/**
 * The TensorFlow.js program for a recipe: a Node script (npm install @tensorflow/tfjs) that reads
 * the exported CSV, builds the network and trains it with the same loop as lab's trainer: the same
 * seeded initialisers, the same mini-batch order (lab's generator, seeded as lab seeds it), the same
 * loss written from the logits. On the same backend it reproduces the page's run. Run with
 * --page-model, it evaluates the model exported from the page instead of training one.
 */
import { initialRngState } from '../rng.ts';
import type { OptimizerId } from '../types.ts';
import { jsNumber, joinBlocks, uniqueDefinitions } from './code-text.ts';
import { exportFileNames } from './file-names.ts';
import { FIRST_PREDICTIONS } from './first-predictions.ts';
import { probabilityFunction, summariseRecipe } from './recipe-summary.ts';
import type { ResolvedRecipe } from './recipe.ts';
import { tfjsActivation } from './tfjs-activation.ts';
import { ADAM_BETA_1, ADAM_BETA_2, OPTIMIZER_EPSILON, RMSPROP_DECAY, SGD_MOMENTUM } from './training-settings.ts';

const INITIALIZERS = { glorot: 'glorotUniform', he: 'heNormal', lecun: 'leCunNormal' } as const;
/** About this many progress lines, whatever the number of epochs. */
const PROGRESS_LINES = 10;

function optimizerCode(id: OptimizerId): string {
  switch (id) {
    case 'sgd':
      return 'tf.train.sgd(LEARNING_RATE)';
    case 'momentum':
      return `tf.train.momentum(LEARNING_RATE, ${jsNumber(SGD_MOMENTUM)}, false)`;
    case 'adam':
      return `tf.train.adam(LEARNING_RATE, ${jsNumber(ADAM_BETA_1)}, ${jsNumber(ADAM_BETA_2)}, ${jsNumber(OPTIMIZER_EPSILON)})`;
    case 'rmsprop':
      return `tf.train.rmsprop(LEARNING_RATE, ${jsNumber(RMSPROP_DECAY)}, 0, ${jsNumber(OPTIMIZER_EPSILON)}, false)`;
  }
}

function header(resolved: ResolvedRecipe): string {
  return [
    '// Activation Lab: one network in TensorFlow.js, generated from the settings below.',
    ...summariseRecipe(resolved).map((line) => `// ${line}`),
    '// Run with Node: npm install @tensorflow/tfjs, then node this-file.mjs beside the CSV file.',
    '// node this-file.mjs --page-model evaluates the model trained on the page instead (its model.json',
    '// and weights file beside this one). In a page, load the files with fetch instead of readFileSync.',
    "import * as tf from '@tensorflow/tfjs';",
    "import { readFileSync } from 'node:fs';",
  ].join('\n');
}

function constants(resolved: ResolvedRecipe): string {
  const { recipe, dataset, head } = resolved;
  return [
    `const CSV_FILE = new URL('./${resolved.csvFileName}', import.meta.url);`,
    `const PAGE_MODEL = new URL('./${exportFileNames(resolved).modelJson}', import.meta.url);`,
    `const INPUTS = ${dataset.inputSize};`,
    `const HIDDEN_UNITS = [${Array.from({ length: recipe.depth }, () => recipe.width).join(', ')}];`,
    `const OUTPUTS = ${head.kind === 'binary' ? 1 : head.classes};`,
    `const EPOCHS = ${recipe.epochs};`,
    `const BATCH_SIZE = ${recipe.batchSize};`,
    `const LEARNING_RATE = ${jsNumber(recipe.learningRate)};`,
    `const PREDICTIONS_SHOWN = ${FIRST_PREDICTIONS};`,
    `// Seeds of each dense layer's initial kernel and of the batch order, derived from seed ${recipe.seed} as the page derives them.`,
    `const LAYER_SEEDS = [${resolved.layerSeeds.join(', ')}];`,
    `const SHUFFLE_STATE = ${initialRngState(resolved.shuffleSeed)};`,
  ].join('\n');
}

function readSplit(resolved: ResolvedRecipe): string {
  const targets = resolved.head.kind === 'binary'
    ? 'tf.tensor2d(labels, [labels.length, 1])'
    : "tf.tidy(() => tf.oneHot(tf.tensor1d(labels, 'int32'), OUTPUTS).toFloat())";
  return [
    '/** One split of the CSV (columns x1, x2, …, label, split) as an input tensor and its targets. */',
    'function readSplit(split) {',
    "  const [header, ...rows] = readFileSync(CSV_FILE, 'utf8').trim().split('\\n').map((line) => line.split(','));",
    "  const picked = rows.filter((row) => row[header.indexOf('split')] === split);",
    "  const features = header.flatMap((name, column) => (/^x\\d+$/.test(name) ? [column] : []));",
    "  const labels = picked.map((row) => Number(row[header.indexOf('label')]));",
    '  const xs = tf.tensor2d(picked.map((row) => features.map((column) => Number(row[column]))), [picked.length, INPUTS]);',
    `  return { xs, ys: ${targets}, labels, size: picked.length };`,
    '}',
  ].join('\n');
}

function buildModel(resolved: ResolvedRecipe): string {
  const activation = tfjsActivation(resolved.activationId, resolved.params);
  const initializer = INITIALIZERS[resolved.initializer];
  const hidden = activation.fused
    ? [`    model.add(dense(units, index, ${activation.fused}));`]
    : ["    model.add(dense(units, index, 'linear'));", `    model.add(${activation.layer});`];
  return [
    'function buildModel() {',
    '  const model = tf.sequential();',
    '  const dense = (units, index, activation) => tf.layers.dense({',
    '    units,',
    '    activation,',
    `    kernelInitializer: tf.initializers.${initializer}({ seed: LAYER_SEEDS[index] }),`,
    "    biasInitializer: 'zeros',",
    '    ...(index === 0 ? { inputShape: [INPUTS] } : {}),',
    '  });',
    '  HIDDEN_UNITS.forEach((units, index) => {',
    ...hidden,
    '  });',
    `  // The output layer gives logits; the loss below works from them (tf.${probabilityFunction(resolved)} turns them into probabilities).`,
    "  model.add(dense(OUTPUTS, HIDDEN_UNITS.length, 'linear'));",
    '  return model;',
    '}',
  ].join('\n');
}

function lossAndAccuracy(resolved: ResolvedRecipe): string {
  if (resolved.head.kind === 'binary') {
    return [
      '/** Binary cross-entropy from the logit z, averaged over the batch: softplus(z) − z·y. */',
      'const lossOf = (logits, ys) => tf.mean(tf.sub(tf.softplus(logits), tf.mul(logits, ys)));',
      "const accuracyOf = (logits, ys) => tf.mean(tf.cast(tf.equal(tf.cast(tf.greater(logits, 0), 'float32'), ys), 'float32'));",
      '/** The predicted class and its probability, from one logit per point. */',
      'const predictionsOf = (logits) => tf.sigmoid(logits).arraySync().map(([p]) => (p > 0.5 ? { label: 1, probability: p } : { label: 0, probability: 1 - p }));',
    ].join('\n');
  }
  return [
    '/** Softmax cross-entropy from the logits, averaged over the batch. */',
    'const lossOf = (logits, ys) => tf.neg(tf.mean(tf.sum(tf.mul(ys, tf.logSoftmax(logits)), 1)));',
    "const accuracyOf = (logits, ys) => tf.mean(tf.cast(tf.equal(tf.argMax(logits, 1), tf.argMax(ys, 1)), 'float32'));",
    '/** The predicted class and its probability, from the logits of each point. */',
    'const predictionsOf = (logits) => tf.softmax(logits).arraySync().map((row) => {',
    '  const label = row.indexOf(Math.max(...row));',
    '  return { label, probability: row[label] };',
    '});',
  ].join('\n');
}

const SHUFFLE = [
  "/** The page's seeded generator (mulberry32), so the mini-batches come in the page's order. */",
  'function seededRandom(state) {',
  '  return () => {',
  '    state = (state + 0x6d2b79f5) >>> 0;',
  '    let t = state;',
  '    t = Math.imul(t ^ (t >>> 15), t | 1);',
  '    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);',
  '    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;',
  '  };',
  '}',
  '',
  '/** 0 … count − 1 in a random order (Fisher–Yates). */',
  'function shuffledIndices(count, random) {',
  '  const order = Array.from({ length: count }, (_, i) => i);',
  '  for (let i = count - 1; i > 0; i--) {',
  '    const j = Math.floor(random() * (i + 1));',
  '    [order[i], order[j]] = [order[j], order[i]];',
  '  }',
  '  return order;',
  '}',
].join('\n');

function trainModel(resolved: ResolvedRecipe): string {
  return [
    '/** A fresh network trained on the training split, as the page trains it. */',
    'function trainModel(train) {',
    '  const model = buildModel();',
    `  const optimizer = ${optimizerCode(resolved.recipe.optimizer)};`,
    '  const random = seededRandom(SHUFFLE_STATE);',
    `  const reportEvery = Math.max(1, Math.round(EPOCHS / ${PROGRESS_LINES}));`,
    '  for (let epoch = 1; epoch <= EPOCHS; epoch++) {',
    '    // A batch as large as the split needs no shuffling.',
    '    const order = BATCH_SIZE < train.size ? shuffledIndices(train.size, random) : [...Array(train.size).keys()];',
    '    let epochLoss = 0;',
    '    for (let start = 0; start < train.size; start += BATCH_SIZE) {',
    '      const batch = order.slice(start, start + BATCH_SIZE);',
    '      const loss = tf.tidy(() => {',
    "        const indices = tf.tensor1d(batch, 'int32');",
    '        const xs = tf.gather(train.xs, indices);',
    '        const ys = tf.gather(train.ys, indices);',
    '        return optimizer.minimize(() => lossOf(model.apply(xs, { training: true }), ys), true);',
    '      });',
    '      epochLoss += (loss.dataSync()[0] * batch.length) / train.size;',
    '      loss.dispose();',
    '    }',
    '    if (epoch % reportEvery === 0 || epoch === EPOCHS) console.log(`epoch ${epoch}: loss ${epochLoss.toFixed(4)}`);',
    '  }',
    '  return model;',
    '}',
  ].join('\n');
}

const LOAD_PAGE_MODEL = [
  '/**',
  ' * The model trained on the page, read from its model.json and the weights file that names. Its last',
  " * layer turns logits into probabilities; the model returned stops before it, giving logits as buildModel's does.",
  ' */',
  'async function loadPageModel() {',
  "  const modelJson = JSON.parse(readFileSync(PAGE_MODEL, 'utf8'));",
  '  const artifacts = await tf.io.getModelArtifactsForJSON(modelJson, async ([group]) => {',
  '    const bytes = readFileSync(new URL(group.paths[0], PAGE_MODEL));',
  '    return [group.weights, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)];',
  '  });',
  '  const pageModel = await tf.loadLayersModel(tf.io.fromMemory(artifacts));',
  '  return tf.model({ inputs: pageModel.inputs, outputs: pageModel.layers[pageModel.layers.length - 2].output });',
  '}',
].join('\n');

const MAIN = [
  "const train = readSplit('train');",
  "const test = readSplit('test');",
  "const model = process.argv.includes('--page-model') ? await loadPageModel() : trainModel(train);",
  'const testAccuracy = tf.tidy(() => accuracyOf(model.predict(test.xs), test.ys).dataSync()[0]);',
  'console.log(`test accuracy ${testAccuracy.toFixed(4)}`);',
  'const shown = Math.min(PREDICTIONS_SHOWN, test.size);',
  'const predictions = tf.tidy(() => predictionsOf(model.predict(tf.slice(test.xs, [0, 0], [shown, INPUTS]))));',
  'predictions.forEach(({ label, probability }, i) => {',
  '  console.log(`test point ${i + 1}: label ${test.labels[i]}, predicted ${label} with probability ${probability.toFixed(4)}`);',
  '});',
].join('\n');

export function tfjsProgram(resolved: ResolvedRecipe): string {
  const activation = tfjsActivation(resolved.activationId, resolved.params);
  return `${joinBlocks([
    header(resolved),
    constants(resolved),
    ...uniqueDefinitions(activation.definitions).map((definition) => definition.code),
    readSplit(resolved),
    buildModel(resolved),
    lossAndAccuracy(resolved),
    SHUFFLE,
    trainModel(resolved),
    LOAD_PAGE_MODEL,
    MAIN,
  ])}\n`;
}
