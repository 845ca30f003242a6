// Builds the site into the benchmark's own folder, adds the benchmark's entry module to that copy
// only (never to dist/), and serves it with the end-to-end tests' static server on a free port.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { startStaticServer } from '../../tests/e2e/support/static-server.mjs';

export const BENCH_ENTRY_PATH = '/_bench/reference-demo.js';
export const BENCH_SCALE_PATH = '/_bench/scale-probe.js';

/** Runs a command with its output on our stderr, so stdout carries only the benchmark's table. */
function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 2, 2], env: { ...process.env, ...env } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

export async function buildSite(root, out) {
  await run('npm', ['run', 'build', '--silent'], { ACTIVATION_LAB_OUT: out, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' });
  if (!existsSync(path.join(root, out, 'index.html'))) throw new Error(`The build left no index.html in ${out}.`);
}

/** Bundles bench/page/reference-demo.ts and scale-probe.ts (with lab, tfjs and Plot) into <out>/_bench/. */
export async function buildBenchEntry(root, out) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    base: '/_bench/',
    build: {
      outDir: path.join(root, out, '_bench'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        input: { 'reference-demo': path.join(root, 'bench/page/reference-demo.ts'), 'scale-probe': path.join(root, 'bench/page/scale-probe.ts') },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name]-[hash][extname]' },
        preserveEntrySignatures: 'strict',
      },
    },
  });
}

export async function serveSite(root, out) {
  const server = await startStaticServer({ root: path.join(root, out), port: 0 });
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}
