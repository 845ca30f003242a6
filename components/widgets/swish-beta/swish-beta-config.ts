/** Every number the β explorer starts from, shared by its markup (build time) and its module. */

export const BETA_MIN = 0;
export const BETA_MAX = 10;
/** The slider moves β in 0.01 steps up to 2, where the shape changes most, and in 0.1 steps above. */
export const FINE_LIMIT = 2;
export const FINE_STEP = 0.01;
export const COARSE_STEP = 0.1;
export const INITIAL_BETA = 1;

/** The chapter's three landmarks, offered as one-press buttons. */
export const LANDMARKS = [
  { beta: 0, label: 'β = 0: the line x/2' },
  { beta: 1, label: 'β = 1: SiLU (Swish-1)' },
  { beta: 10, label: 'β = 10: close to ReLU' },
] as const;

/** From this β on, the text calls Swish "close to ReLU". */
export const NEAR_RELU_BETA = 5;

/** The activation explorer's x range and sampling, so the two explorers read alike. */
export { SAMPLE_COUNT, STATIC_SAMPLE_COUNT, X_RANGE } from '../activation-explorer/explorer-config';
/** Fixed y ranges, so the curves move while the axes stay put as β changes. */
export const VALUE_DOMAIN: [number, number] = [-2.7, 5.2];
export const SLOPE_DOMAIN: [number, number] = [-0.2, 1.2];
/** Room on the right of a chart for its direct labels, in pixels. */
export const LABEL_WIDTH = 104;
