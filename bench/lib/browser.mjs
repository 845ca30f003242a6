// Headless Chromium for the benchmark: the system's browser and the end-to-end tests' flags.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/browser-path.mjs';

export async function launchBrowser() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh context (empty cache) with the desktop viewport the chapters are designed for. */
export function newContext(browser) {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'no-preference' });
}
