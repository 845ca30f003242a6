/** Every number the cost race starts from, shared by its markup and its module. */
export const COST_RACE_DEFAULTS = { seed: 1 } as const;
export const SEED_RANGE = { min: 0, max: 4294967295 } as const;
