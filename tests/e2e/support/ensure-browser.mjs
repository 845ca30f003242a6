// Before the e2e run: use a system Chromium when there is one; on a machine without one,
// install Playwright's own build once so a fresh user machine passes too.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

const found = chromiumPath();
if (found) {
  console.log(`e2e: using Chromium at ${found}`);
} else if (existsSync(chromium.executablePath())) {
  console.log('e2e: using Playwright\'s Chromium');
} else {
  console.log('e2e: no Chromium found; installing Playwright\'s build (needs network)');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
