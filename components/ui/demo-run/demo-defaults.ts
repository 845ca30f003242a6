/** Numbers many demos share; a demo with its own reason for another value keeps its own constant. */

/** lab's seeded generators take any unsigned 32-bit integer. */
export const SEED_RANGE = { min: 0, max: 4294967295 } as const;

/** How long one training slice may hold the main thread (ms) before the page gets a turn. */
export const SLICE_BUDGET_MS = 12;
