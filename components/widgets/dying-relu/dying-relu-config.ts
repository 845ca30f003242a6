/** What the dying-ReLU widget offers; the experiment's defaults are lab's DYING_RELU_PRESET. */
export const SEED_RANGE = { min: 0, max: 4294967295 } as const;
export const LEARNING_RATE_RANGE = { min: 0.0001, max: 3 } as const;
export const EPOCH_RANGE = { min: 5, max: 1000 } as const;
export const LEAKY_ALPHA_RANGE = { min: 0.001, max: 0.5 } as const;

/** Marker shapes for hidden layers 1, 2, 3, …: with the dash patterns they tell the lines apart without colour. */
export const LAYER_SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;
export const LAYER_DASHES = ['none', '8 3', '3 3', '10 3 2 3', '1 3', '6 2 1 2'] as const;

export const CHART_HEIGHT = 260;
export const CHART_MAX_WIDTH = 760;
/** Below this width the two panels stack instead of sitting side by side. */
export const STACK_BELOW_WIDTH = 560;
