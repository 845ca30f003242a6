// `npm run test:notebooks`: installs what the checks need (install-tools.sh), builds the site if
// there is no build yet, then runs the checks in tests/notebooks/ with vitest. Prints how long each
// step took.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, process.env.ACTIVATION_LAB_OUT ?? 'dist');
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result;
}

let started = performance.now();
const install = run('bash', [join(root, 'tests/notebooks/install-tools.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const tools = Object.fromEntries(install.stdout.trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2)));
console.log(`test:notebooks: tools ready in ${seconds(started)} s`);

if (!existsSync(join(outDir, 'notebooks'))) {
  started = performance.now();
  run('npm', ['run', 'build']);
  console.log(`test:notebooks: built the site in ${seconds(started)} s`);
}

started = performance.now();
run(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.notebooks.config.ts'], {
  env: { ...process.env, ...tools },
});
console.log(`test:notebooks: checks ran in ${seconds(started)} s`);
