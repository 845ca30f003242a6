/**
 * The Keras 3 program for a recipe: reads the exported CSV, builds the network with seeded
 * initialisers and the activation's arguments written out, and trains it with model.fit from the
 * logits, with the optimiser settings of the TensorFlow.js and PyTorch versions.
 */
import type { OptimizerId } from '../types.ts';
import { joinBlocks, pyFloat, uniqueDefinitions } from './code-text.ts';
import { kerasActivation } from './keras-activation.ts';
import { pythonConstants, pythonDocstring, pythonReadSplit } from './python-parts.ts';
import { probabilityFunction } from './recipe-summary.ts';
import type { ResolvedRecipe } from './recipe.ts';
import { ADAM_BETA_1, ADAM_BETA_2, OPTIMIZER_EPSILON, RMSPROP_DECAY, SGD_MOMENTUM } from './training-settings.ts';

const INITIALIZERS = { glorot: 'GlorotUniform', he: 'HeNormal', lecun: 'LecunNormal' } as const;

function optimizerCode(id: OptimizerId): string {
  switch (id) {
    case 'sgd':
      return 'keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=0.0, nesterov=False)';
    case 'momentum':
      return `keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=${pyFloat(SGD_MOMENTUM)}, nesterov=False)`;
    case 'adam':
      return `keras.optimizers.Adam(learning_rate=LEARNING_RATE, beta_1=${pyFloat(ADAM_BETA_1)}, beta_2=${pyFloat(ADAM_BETA_2)}, epsilon=${pyFloat(OPTIMIZER_EPSILON)})`;
    case 'rmsprop':
      return `keras.optimizers.RMSprop(learning_rate=LEARNING_RATE, rho=${pyFloat(RMSPROP_DECAY)}, momentum=0.0, epsilon=${pyFloat(OPTIMIZER_EPSILON)}, centered=False)`;
  }
}

function buildModel(resolved: ResolvedRecipe): string {
  const activation = kerasActivation(resolved.activationId, resolved.params);
  const hidden = activation.fused
    ? [`        model.add(dense(units, index, activation=${activation.fused}))`]
    : ['        model.add(dense(units, index))', `        model.add(${activation.layer})`];
  return [
    'def dense(units, index, activation=None):',
    '    return layers.Dense(',
    '        units,',
    '        activation=activation,',
    `        kernel_initializer=keras.initializers.${INITIALIZERS[resolved.initializer]}(seed=LAYER_SEEDS[index]),`,
    '        bias_initializer="zeros",',
    '    )',
    '',
    '',
    'def build_model():',
    '    model = keras.Sequential([keras.Input(shape=(INPUTS,))])',
    '    for index, units in enumerate(HIDDEN_UNITS):',
    ...hidden,
    `    model.add(dense(OUTPUTS, len(HIDDEN_UNITS)))  # logits: the loss applies the ${probabilityFunction(resolved)} itself`,
    '    return model',
  ].join('\n');
}

function main(resolved: ResolvedRecipe): string {
  const binary = resolved.head.kind === 'binary';
  const loss = binary ? 'BinaryCrossentropy' : 'SparseCategoricalCrossentropy';
  const metric = binary ? 'keras.metrics.BinaryAccuracy(threshold=0.0)' : 'keras.metrics.SparseCategoricalAccuracy()';
  return [
    'def main():',
    '    keras.utils.set_random_seed(SEED)',
    '    x_train, y_train = read_split(CSV_FILE, "train")',
    '    x_test, y_test = read_split(CSV_FILE, "test")',
    '    model = build_model()',
    '    model.compile(',
    `        optimizer=${optimizerCode(resolved.recipe.optimizer)},`,
    `        loss=keras.losses.${loss}(from_logits=True, reduction="sum_over_batch_size"),`,
    `        metrics=[${metric}],${binary ? '  # a logit above 0 is a probability above 0.5' : ''}`,
    '    )',
    '    history = model.fit(x_train, y_train, epochs=EPOCHS, batch_size=BATCH_SIZE, shuffle=True, verbose=0)',
    '    print(f"final training loss {history.history[\'loss\'][-1]:.4f}")',
    '    _, accuracy = model.evaluate(x_test, y_test, verbose=0)',
    '    print(f"test accuracy {accuracy:.4f}")',
  ].join('\n');
}

export function kerasProgram(resolved: ResolvedRecipe): string {
  const activation = kerasActivation(resolved.activationId, resolved.params);
  const array = (list: string, type: 'float' | 'int'): string => `np.array(${list}, dtype="${type}32")`;
  const preamble = joinBlocks([
    pythonDocstring(resolved, 'Keras 3', 'Run it beside the CSV file with any Keras 3 backend: python3 this_file.py'),
    'import csv\n\nimport keras\nimport numpy as np\nfrom keras import layers',
    pythonConstants(resolved, true),
  ]);
  return `${joinBlocks([
    preamble,
    ...uniqueDefinitions(activation.definitions).map((definition) => definition.code),
    pythonReadSplit(resolved, array),
    buildModel(resolved),
    main(resolved),
    'if __name__ == "__main__":\n    main()',
  ], 2)}\n`;
}
