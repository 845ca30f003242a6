/** Every number the derivative lab starts from, shared by its markup and its module. */
export const DERIVATIVE_DEFAULTS = {
  activation: 'elu',
  seed: 5,
} as const;

/** Seeded random places checked on top of the plotted grid when the reader presses Run. */
export const RANDOM_CHECK_POINTS = 200;
/** Finite-difference markers on every n-th plotted sample, so the lines underneath stay visible. */
export const MARKER_EVERY = 8;
export const CHART_HEIGHT = 300;
export const CHART_MAX_WIDTH = 720;
