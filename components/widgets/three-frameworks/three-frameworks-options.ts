/** The widget's fixed choices, shared by its markup (built on the server) and its module. */
import { FRAMEWORKS_RANGES, RECIPE_DATASET_IDS, OPTIMIZER_IDS, type OptimizerId, type RecipeDatasetId } from '../../../lab/index';

const DATASET_LABELS: Readonly<Record<RecipeDatasetId, string>> = {
  blobs: 'Blobs (2-D)',
  circle: 'Circle (2-D)',
  xor: 'XOR (2-D)',
  gauss: 'Gauss (2-D)',
  spiral: 'Spiral, 3 arms (2-D)',
  iris: 'Iris (4 features)',
  penguins: 'Penguins (4 features)',
  mnist: 'MNIST slice (14×14 pixels)',
};

const OPTIMIZER_LABELS: Readonly<Record<OptimizerId, string>> = { adam: 'Adam', sgd: 'SGD', momentum: 'SGD with momentum', rmsprop: 'RMSprop' };

export const DATASET_OPTIONS = RECIPE_DATASET_IDS.map((value) => ({ value, label: DATASET_LABELS[value] }));
export const OPTIMIZER_OPTIONS = OPTIMIZER_IDS.map((value) => ({ value, label: OPTIMIZER_LABELS[value] }));
export const RANGES = FRAMEWORKS_RANGES;

/** The spiral set's arms: the generator makes more than two classes only when asked. */
export const SPIRAL_CLASSES = 3;
/** Settings changes wait this long for the reader to stop typing before the code is rewritten. */
export const CODE_UPDATE_DELAY_MS = 300;
/** The widget's target for its default settings (the demo contract's data-target). */
export const FRAMEWORKS_METRIC = 'test-accuracy';

/** The id of a parameter's control: `${root}-p-${activation}-${param}`. */
export const paramControlId = (rootId: string, activationId: string, param: string): string => `${rootId}-p-${activationId}-${param}`;
