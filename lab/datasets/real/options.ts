export interface RealDatasetOptions {
  seed: number;
  /** Fraction of rows held out for testing. */
  testFraction?: number;
}
