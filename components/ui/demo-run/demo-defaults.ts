/** Settings ranges that every demo shares, so each widget's config states only what is its own. */

/** Any 32-bit unsigned integer: lab's seeded generator takes one. */
export const SEED_RANGE = { min: 0, max: 4294967295 } as const;
