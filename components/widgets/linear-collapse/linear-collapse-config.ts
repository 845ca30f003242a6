/** What the linear-collapse page needs beyond lab's experiment defaults and limits: its settings and its maps' sampling. */
import { LINEAR_COLLAPSE_DEFAULTS as D, LINEAR_COLLAPSE_LIMITS as LIMITS, type NONLINEAR_CHOICES } from '../../../lab/index';
import { describeSettings, rangeHint, seedSetting } from '../../ui/controls/settings-description';

export const NONLINEAR_OPTIONS: { value: (typeof NONLINEAR_CHOICES)[number]; label: string }[] = [
  { value: 'tanh', label: 'tanh' },
  { value: 'relu', label: 'ReLU' },
];

/** Read in lab's LinearCollapseSettings order; the activation select sits in its own fieldset, locked as a whole. */
export const COLLAPSE_SETTINGS = describeSettings({
  seed: seedSetting(D.seed, 'Same seed, same data and weights.'),
  hiddenLayers: { kind: 'integer', id: 'layers', label: 'Hidden layers', default: D.hiddenLayers, ...LIMITS.hiddenLayers },
  units: { kind: 'integer', label: 'Units per layer', default: D.units, ...LIMITS.units },
  nonlinear: { kind: 'choice', id: 'compare', label: 'Activation', default: D.nonlinear, options: NONLINEAR_OPTIONS, lockWhileRunning: false },
  learningRate: {
    kind: 'number', id: 'lr', label: 'Learning rate', default: D.learningRate, ...LIMITS.learningRate, hint: `${rangeHint(LIMITS.learningRate)} (Adam)`,
  },
  epochs: { kind: 'integer', label: 'Epochs', default: D.epochs, ...LIMITS.epochs },
});

export const GRID_RESOLUTION = 40;
/** Decision maps are refreshed at most this often while training. */
export const GRID_INTERVAL_MS = 300;
