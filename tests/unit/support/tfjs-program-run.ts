/**
 * Runs a generated TensorFlow.js program as a reader would: node, in a folder of its own holding the
 * program and the files it reads, with the repository's node_modules for @tensorflow/tfjs.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { NetworkRecipe } from '../../../lab/index.ts';

const run = promisify(execFile);
const REPO_MODULES = resolve(import.meta.dirname, '../../../node_modules');

/** A small recipe the program tests vary. */
export const PROGRAM_TEST_RECIPE: NetworkRecipe = {
  dataset: { id: 'circle', seed: 5, noise: 0.1, size: 120 },
  depth: 2,
  width: 6,
  activation: { id: 'relu' },
  optimizer: 'adam',
  learningRate: 0.05,
  epochs: 10,
  batchSize: 16,
  seed: 3,
};

/** Writes the files beside the program (model.mjs), runs it with args and returns what it printed. */
export async function runTfjsProgram(program: string, files: Record<string, string | Uint8Array>, args: string[] = []): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'tfjs-program-'));
  try {
    await symlink(REPO_MODULES, join(folder, 'node_modules'), 'dir');
    for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
    await writeFile(join(folder, 'model.mjs'), program);
    return (await run(process.execPath, ['model.mjs', ...args], { cwd: folder })).stdout;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The test accuracy the program printed. */
export function printedAccuracy(stdout: string): number {
  const accuracy = /^test accuracy ([\d.]+)$/m.exec(stdout);
  if (!accuracy) throw new Error(`The program printed no test accuracy:\n${stdout}`);
  return Number(accuracy[1]);
}
