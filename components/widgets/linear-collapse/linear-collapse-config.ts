/** What the linear-collapse page needs beyond lab's experiment defaults: its choices, ranges and map sizes. */
import type { NONLINEAR_CHOICES } from '../../../lab/index';

export const NONLINEAR_OPTIONS: { value: (typeof NONLINEAR_CHOICES)[number]; label: string }[] = [
  { value: 'tanh', label: 'tanh' },
  { value: 'relu', label: 'ReLU' },
];

export const GRID_RESOLUTION = 40;
/** Decision maps are refreshed at most this often while training. */
export const GRID_INTERVAL_MS = 300;
export const MAP_MAX_SIZE = 340;
export const MAP_MIN_SIZE = 220;
