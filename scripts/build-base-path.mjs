// Builds the site under a base path into its own folder for the base-path smoke run
// (tests/e2e/base-path/), leaving dist/ alone.
import { spawnSync } from 'node:child_process';
import { BASE_PATH_BUILD } from '../tests/e2e/base-path/build-settings.mjs';

const env = { ...process.env, ACTIVATION_LAB_BASE: BASE_PATH_BUILD.base, ACTIVATION_LAB_OUT: BASE_PATH_BUILD.out };
const { status } = spawnSync('npm', ['run', 'build'], { env, stdio: 'inherit' });
process.exit(status ?? 1);
