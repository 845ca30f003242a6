import { defineConfig } from 'vitest/config';

// `npm run test:notebooks`: the exported notebooks in real Jupyter and the generated programs in real
// PyTorch (tests/notebooks/run.mjs installs the tools first). Files run one at a time: each one
// already keeps a Jupyter kernel, Chromium or Python busy.
export default defineConfig({
  test: {
    include: ['tests/notebooks/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 900_000,
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['tests/notebooks/support/serve-built-site.ts'],
  },
});
