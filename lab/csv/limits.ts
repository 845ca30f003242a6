/** How large a CSV data set may be: enough for practitioners' tables, small enough for a browser tab. */
export const CSV_LIMITS = {
  /** Data rows, not counting the header. */
  rows: 100_000,
  /** Feature columns; the table may have one more column, the label. */
  features: 100,
  /** Distinct labels; a column with more values is not a set of classes. */
  classes: 100,
} as const;

/** Fraction of rows held out for testing, as for the shipped real data sets. */
export const CSV_DEFAULT_TEST_FRACTION = 0.3;
export const CSV_TEST_FRACTION_RANGE = { min: 0.05, max: 0.9 } as const;
