/** One plain sentence about a recipe, for the header comment of every generated program. */
import { getActivation } from '../activations/catalog.ts';
import type { OptimizerId } from '../types.ts';
import type { ResolvedRecipe } from './recipe.ts';

const OPTIMIZER_NAMES: Readonly<Record<OptimizerId, string>> = {
  sgd: 'plain SGD',
  momentum: 'SGD with momentum',
  adam: 'Adam',
  rmsprop: 'RMSprop',
};

const INITIALIZER_NAMES = { glorot: 'Glorot uniform', he: 'He normal', lecun: 'LeCun normal' } as const;

/** What the CSV's features already are, for the data sets the page prepares before training. */
const FEATURE_NOTES: Readonly<Record<string, string>> = {
  iris: 'features standardised with the training split\'s means and standard deviations',
  penguins: 'features standardised with the training split\'s means and standard deviations',
  mnist: '14×14 pixels scaled to [0, 1]',
};

function activationDescription(resolved: ResolvedRecipe): string {
  const entry = getActivation(resolved.activationId);
  const settings = entry.params.map((spec) => {
    const value = resolved.params[spec.name];
    const choice = spec.choices?.find((option) => option.value === value);
    const label = spec.label.charAt(0).toLowerCase() + spec.label.slice(1);
    return `${label} ${choice ? choice.label : String(value)}`;
  });
  return settings.length === 0 ? entry.name : `${entry.name}, with ${settings.join(', ')}`;
}

/** What turns the output logits into probabilities: the sigmoid for one logit, softmax for several. */
export function probabilityFunction(resolved: ResolvedRecipe): 'sigmoid' | 'softmax' {
  return resolved.head.kind === 'binary' ? 'sigmoid' : 'softmax';
}

export function summariseRecipe(resolved: ResolvedRecipe): string[] {
  const { recipe, dataset, head } = resolved;
  const task = head.kind === 'binary' ? 'two classes' : `${head.classes} classes`;
  const features = FEATURE_NOTES[dataset.id] ? `, ${FEATURE_NOTES[dataset.id]}` : '';
  return [
    `Data: ${resolved.csvFileName} (${dataset.id}, ${task}, ${dataset.train.ys.length} training and ${dataset.test.ys.length} test points${features}).`,
    `Network: ${dataset.inputSize} inputs, ${recipe.depth} hidden layer${recipe.depth === 1 ? '' : 's'} of ${recipe.width} units with ${activationDescription(resolved)}, ${head.kind === 'binary' ? 'one output logit' : `${dataset.numClasses} output logits`}; ${INITIALIZER_NAMES[resolved.initializer]} kernels, zero biases.`,
    `Training: ${OPTIMIZER_NAMES[recipe.optimizer]}, learning rate ${recipe.learningRate}, ${recipe.epochs} epochs, batches of ${recipe.batchSize}, seed ${recipe.seed}.`,
  ];
}
