// Issue 16's figure: the experiment CLI on its 40-run grid, in turn and with `--parallel 2`, in
// alternating pairs so both see the same machine. Each run is its own Node process; its CPU time is
// read from this process's children's counters (/proc/self/stat on Linux, else not reported).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { median } from './machine.mjs';
import { fmt, load, table } from './table.mjs';

/** The grid issue 16 names: spiral, 4 activations × 10 seeds, 300 epochs, two hidden layers of 24. */
export const PARALLEL_GRID = ['--dataset', 'spiral', '--activations', 'relu,tanh,gelu,swish', '--seeds', '10', '--epochs', '300', '--depth', '2', '--width', '24'];
const PAIRS = 3;
export const PARALLEL_SPEED_UP_TARGET = 1.7;
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds of every child process this one has waited for (user + system), or null off Linux. */
function childrenCpuSeconds() {
  try {
    // Fields after the command's closing parenthesis; cutime and cstime are the 14th and 15th of them.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function runCli(extra) {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuSeconds();
    const startedAt = performance.now();
    const child = spawn(process.execPath, ['--no-warnings', '--experimental-strip-types', 'lab/experiments/cli.ts', ...PARALLEL_GRID, '--no-time', '--quiet', ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    let table = '';
    child.stdout.on('data', (chunk) => { table += chunk; });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the experiment CLI exited with ${code}`));
      const cpuAfter = childrenCpuSeconds();
      resolve({ wallSeconds: (performance.now() - startedAt) / 1000, cpuSeconds: cpuBefore === null ? null : cpuAfter - cpuBefore, table });
    });
  });
}

export async function measureParallel() {
  const pairs = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    const serial = await runCli([]);
    const parallel = await runCli(['--parallel', '2']);
    pairs.push({
      serialWall: serial.wallSeconds, serialCpu: serial.cpuSeconds, parallelWall: parallel.wallSeconds, parallelCpu: parallel.cpuSeconds,
      speedUp: serial.wallSeconds / parallel.wallSeconds, sameTable: serial.table === parallel.table,
    });
  }
  return { grid: PARALLEL_GRID.join(' '), pairs, medianSpeedUp: median(pairs.map((pair) => pair.speedUp)), allTablesEqual: pairs.every((pair) => pair.sameTable) };
}

export function formatParallel(parallel) {
  return [`\nExperiment CLI, 40-run grid in turn and with --parallel 2, alternating pairs (${load(parallel)})\n  npm run experiment -- ${parallel.grid} --no-time`, table(
    ['pair', 'in turn: wall s', 'CPU s', '--parallel 2: wall s', 'CPU s', 'speed-up', 'same table'],
    parallel.pairs.map((p, i) => [i + 1, fmt.s(p.serialWall * 1000), fmt.s((p.serialCpu ?? NaN) * 1000), fmt.s(p.parallelWall * 1000), fmt.s((p.parallelCpu ?? NaN) * 1000), `${p.speedUp.toFixed(2)}×`, p.sameTable ? 'yes' : 'NO']),
  ), `median speed-up ${parallel.medianSpeedUp.toFixed(2)}× (target ≥ ${PARALLEL_SPEED_UP_TARGET}×, with tables equal byte for byte)`].join('\n');
}
