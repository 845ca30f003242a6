/** Runs `npm run experiment`'s program in a child process, as a reader's terminal would. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = ['--experimental-strip-types', 'lab/experiments/cli.ts'];

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

export async function cli(args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], { cwd: process.cwd() });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}
