// The base-path smoke run (`npm run test:base-path`): the site built with ACTIVATION_LAB_BASE into
// its own folder, served under that path, walked by tests/e2e/base-path/. The main suite
// (playwright.config.ts) leaves that folder out.
import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './tests/e2e/support/browser-path.mjs';
import { BASE_PATH_BUILD } from './tests/e2e/base-path/build-settings.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4323);
// The spec reads the built landing page from here (support/built-site.ts).
process.env.ACTIVATION_LAB_OUT ??= BASE_PATH_BUILD.out;
process.env.ACTIVATION_LAB_BASE = BASE_PATH_BUILD.base;

export default defineConfig({
  testDir: 'tests/e2e/base-path',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH_BUILD.base}`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node tests/e2e/support/static-server.mjs ${PORT}`,
    env: { ACTIVATION_LAB_OUT: process.env.ACTIVATION_LAB_OUT, ACTIVATION_LAB_BASE: BASE_PATH_BUILD.base },
    url: `http://127.0.0.1:${PORT}${BASE_PATH_BUILD.base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
