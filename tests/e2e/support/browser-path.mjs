// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else the system's Chromium,
// else Playwright's own build (undefined lets Playwright find it).
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Flags that keep Chromium from phoning home (this machine has no network). */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];
