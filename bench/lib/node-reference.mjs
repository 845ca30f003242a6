// Runs bench/node/reference.ts in its own Node process (a clean heap and no browser beside it).
import { spawn } from 'node:child_process';
import { median } from './machine.mjs';

/** Runs a Node script and parses the JSON object on its last stdout line. */
export function runJson(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-warnings', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited with ${code}`));
      try {
        resolve(JSON.parse(output.trim().split('\n').at(-1)));
      } catch (error) {
        reject(error);
      }
    });
  });
}

export async function measureNode(seeds) {
  const raw = await runJson(['bench/node/reference.ts', '--seeds', seeds.join(',')]);
  return {
    rows: raw.rows.map(({ backend, engine, toTarget, sustained }) => ({
      backend,
      engine: toTarget[0]?.engine ?? engine,
      reached: `${toTarget.filter((run) => run.status === 'target-reached').length}/${toTarget.length}`,
      medianEpochs: median(toTarget.map((run) => run.epoch)),
      medianWallMs: median(toTarget.map((run) => (run.status === 'target-reached' ? run.wallMs : Number.MAX_VALUE))),
      medianCpuMs: median(toTarget.map((run) => (run.status === 'target-reached' ? run.cpuMs : Number.MAX_VALUE))),
      sustainedSamplesPerSecond: sustained.samplesPerSecond,
      sustainedSamplesPerCpuSecond: sustained.samplesPerCpuSecond,
      toTarget,
    })),
  };
}
