/**
 * The PyTorch program for a recipe: reads the exported CSV, builds the network with the
 * initialisers, activation arguments and optimiser settings of the TensorFlow.js and Keras versions
 * written out (PyTorch's own defaults differ in each), and trains it with an explicit loop.
 */
import type { OptimizerId } from '../types.ts';
import { joinBlocks, pyFloat, uniqueDefinitions } from './code-text.ts';
import { pytorchActivation } from './pytorch-activation.ts';
import { pythonConstants, pythonDocstring, pythonReadSplit } from './python-parts.ts';
import { probabilityFunction } from './recipe-summary.ts';
import type { ResolvedRecipe } from './recipe.ts';
import {
  ADAM_BETA_1, ADAM_BETA_2, INITIALIZER_SCALE, OPTIMIZER_EPSILON, RMSPROP_DECAY, SGD_MOMENTUM, TRUNCATED_NORMAL_STD,
} from './training-settings.ts';

const PROGRESS_LINES = 10;

/** The lines that make the optimiser, every setting whose default differs written out. */
function optimizerLines(id: OptimizerId): string[] {
  const parameters = 'model.parameters(), lr=LEARNING_RATE';
  switch (id) {
    case 'sgd':
      return [`optimizer = torch.optim.SGD(${parameters}, momentum=0.0)`];
    case 'momentum':
      return [`optimizer = torch.optim.SGD(${parameters}, momentum=${pyFloat(SGD_MOMENTUM)}, dampening=0.0, nesterov=False)`];
    case 'adam':
      return [`optimizer = torch.optim.Adam(${parameters}, betas=(${pyFloat(ADAM_BETA_1)}, ${pyFloat(ADAM_BETA_2)}), eps=${pyFloat(OPTIMIZER_EPSILON)})`];
    case 'rmsprop':
      return [
        '# TF.js and Keras add epsilon inside the square root, PyTorch outside it: a difference only while the mean square is tiny.',
        `optimizer = torch.optim.RMSprop(${parameters}, alpha=${pyFloat(RMSPROP_DECAY)}, eps=${pyFloat(OPTIMIZER_EPSILON)}, momentum=0.0, centered=False)`,
      ];
  }
}

function initDense(resolved: ResolvedRecipe): string {
  if (resolved.initializer === 'glorot') {
    return [
      'def init_dense(layer):',
      '    """Glorot uniform kernel and zero bias, as in Keras and TF.js (PyTorch draws both from ±1/sqrt(fan_in))."""',
      '    nn.init.xavier_uniform_(layer.weight, gain=1.0)',
      '    nn.init.zeros_(layer.bias)',
    ].join('\n');
  }
  const name = resolved.initializer === 'he' ? 'He' : 'LeCun';
  const scale = INITIALIZER_SCALE[resolved.initializer];
  return [
    'def init_dense(layer):',
    `    """${name} normal kernel as Keras and TF.js draw it (a normal cut at two standard deviations,`,
    `    rescaled to keep the variance ${scale} / fan_in), and a zero bias."""`,
    `    std = math.sqrt(${pyFloat(scale)} / layer.in_features) / ${TRUNCATED_NORMAL_STD}`,
    '    nn.init.trunc_normal_(layer.weight, mean=0.0, std=std, a=-2.0 * std, b=2.0 * std)',
    '    nn.init.zeros_(layer.bias)',
  ].join('\n');
}

function buildModel(resolved: ResolvedRecipe): string {
  const { module } = pytorchActivation(resolved.activationId, resolved.params, resolved.recipe.width);
  return [
    'def build_model():',
    '    layers, inputs = [], INPUTS',
    '    for units in HIDDEN_UNITS:',
    `        layers += [nn.Linear(inputs, units), ${module}]`,
    '        inputs = units',
    `    layers.append(nn.Linear(inputs, OUTPUTS))  # logits: the loss applies the ${probabilityFunction(resolved)} itself`,
    '    model = nn.Sequential(*layers)',
    '    for layer in model:',
    '        if isinstance(layer, nn.Linear):',
    '            init_dense(layer)',
    '    return model',
  ].join('\n');
}

function main(resolved: ResolvedRecipe): string {
  const binary = resolved.head.kind === 'binary';
  return [
    'def main():',
    '    torch.manual_seed(SEED)',
    '    x_train, y_train = read_split(CSV_FILE, "train")',
    '    x_test, y_test = read_split(CSV_FILE, "test")',
    '    model = build_model()',
    `    loss_fn = nn.${binary ? 'BCEWithLogitsLoss' : 'CrossEntropyLoss'}(reduction="mean")`,
    ...optimizerLines(resolved.recipe.optimizer).map((line) => `    ${line}`),
    '    batch_order = torch.Generator().manual_seed(SEED)',
    `    report_every = max(1, round(EPOCHS / ${PROGRESS_LINES}))`,
    '    for epoch in range(1, EPOCHS + 1):',
    '        model.train()',
    '        order = torch.randperm(len(x_train), generator=batch_order)',
    '        epoch_loss = 0.0',
    '        for start in range(0, len(x_train), BATCH_SIZE):',
    '            batch = order[start:start + BATCH_SIZE]',
    '            optimizer.zero_grad()',
    '            loss = loss_fn(model(x_train[batch]), y_train[batch])',
    '            loss.backward()',
    '            optimizer.step()',
    '            epoch_loss += loss.item() * len(batch) / len(x_train)',
    '        if epoch % report_every == 0 or epoch == EPOCHS:',
    '            print(f"epoch {epoch}: loss {epoch_loss:.4f}")',
    '    model.eval()',
    '    with torch.no_grad():',
    '        logits = model(x_test)',
    binary
      ? '        accuracy = ((logits > 0).float() == y_test).float().mean().item()'
      : '        accuracy = (logits.argmax(dim=1) == y_test).float().mean().item()',
    '    print(f"test accuracy {accuracy:.4f}")',
  ].join('\n');
}

export function pytorchProgram(resolved: ResolvedRecipe): string {
  const activation = pytorchActivation(resolved.activationId, resolved.params, resolved.recipe.width);
  // torch.tensor infers float32 from Python floats and int64 (what the losses want) from ints.
  const tensor = (list: string): string => `torch.tensor(${list})`;
  const imports = ['import csv', ...(resolved.initializer === 'glorot' ? [] : ['import math']), '', 'import torch', 'from torch import nn'];
  const preamble = joinBlocks([
    pythonDocstring(resolved, 'PyTorch', 'Run it beside the CSV file: python3 this_file.py'),
    imports.join('\n'),
    pythonConstants(resolved, false),
  ]);
  return `${joinBlocks([
    preamble,
    ...uniqueDefinitions(activation.definitions).map((definition) => definition.code),
    pythonReadSplit(resolved, tensor),
    initDense(resolved),
    buildModel(resolved),
    main(resolved),
    'if __name__ == "__main__":\n    main()',
  ], 2)}\n`;
}
