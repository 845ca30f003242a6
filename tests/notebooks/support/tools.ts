/** The tools install-tools.sh set up, as run.mjs passes them on; a clear error when run without it. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface NotebookTools {
  python: string;
  deno: string;
  kernel: string;
  cache: string;
}

export function notebookTools(): NotebookTools {
  const { NOTEBOOK_TOOLS_PYTHON: python, NOTEBOOK_TOOLS_DENO: deno, NOTEBOOK_TOOLS_KERNEL: kernel, NOTEBOOK_TOOLS_CACHE: cache } = process.env;
  if (!python || !deno || !kernel || !cache) {
    throw new Error('The notebook tools are not set up: run these tests with `npm run test:notebooks`.');
  }
  return { python, deno, kernel, cache };
}

const execFileAsync = promisify(execFile);

/** Runs a program to the end; rejects with its output when it exits with an error. */
export async function runProgram(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  }
}
