/** The grid's pool with in-process workers (the real worker handler behind a port), its progress and ETA. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_EXPERIMENT } from '../../lab/experiments/limits.ts';
import type { ExperimentConfig } from '../../lab/experiments/definition.ts';
import { loadExperimentDataset } from '../../lab/experiments/experiment-dataset.ts';
import { gridSetup, type GridSetup } from '../../lab/experiments/grid-setup.ts';
import { runGrid } from '../../lab/experiments/runner.ts';
import { gridWorkerHandler } from '../../lab/experiments/pool/grid-worker.ts';
import { pagePoolSize, pooledExecutor, poolSize } from '../../lab/experiments/pool/run-pooled.ts';
import { thisThreadPort } from '../../lab/experiments/pool/this-thread-port.ts';
import type { FromWorker, WorkerPort } from '../../lab/experiments/pool/protocol.ts';
import { describePace, formatRemaining, trackGrid } from '../../lab/experiments/grid-progress.ts';
import { withoutTimings } from './experiments-fixtures.ts';

const tiny: ExperimentConfig = {
  ...DEFAULT_EXPERIMENT, dataset: 'iris', activations: [{ id: 'relu', params: {} }, { id: 'tanh', params: {} }], width: 5, epochs: 10, seeds: 3, firstSeed: 2,
};
let setup: GridSetup;

beforeAll(async () => {
  await tf.setBackend('cpu');
  setup = await gridSetup(tiny, await loadExperimentDataset(tiny));
});

/** A worker in this process: messages cross as structured clones, asynchronously, as they would between threads. */
function inProcessPort(opened: string[], breakOn?: number): WorkerPort {
  let hear: (message: FromWorker) => void = () => {};
  let terminated = false;
  const handle = gridWorkerHandler((message) => {
    const copy = structuredClone(message);
    setTimeout(() => { if (!terminated) hear(copy); }, 0);
  }, async () => {});
  opened.push('open');
  return {
    post: (message) => {
      const copy = structuredClone(message);
      if (copy.type === 'run' && copy.cell.index === breakOn) {
        setTimeout(() => hear({ type: 'failed', message: 'out of memory' }), 0);
        return;
      }
      setTimeout(() => void handle(copy), 0);
    },
    listen: (onMessage) => { hear = onMessage; },
    terminate: () => { terminated = true; opened.push('terminated'); },
  };
}

describe('the grid pool', () => {
  it('gives the records of a run in turn, in run order, whichever worker ran them', async () => {
    const opened: string[] = [];
    const alone = await runGrid(setup);
    const pooled = await runGrid(setup, { executor: pooledExecutor(() => inProcessPort(opened), 2) });
    expect(pooled.records.map(withoutTimings)).toEqual(alone.records.map(withoutTimings));
    expect(opened.filter((e) => e === 'open')).toHaveLength(2);
    expect(opened.filter((e) => e === 'terminated')).toHaveLength(2);
  });

  it('lets this thread be one of the pool (the CLI\'s --parallel N: this thread and N − 1 workers), with the same records', async () => {
    const opened: string[] = [];
    const alone = await runGrid(setup);
    const members: number[] = [];
    const pooled = await runGrid(setup, {
      executor: pooledExecutor((member) => { members.push(member); return member === 0 ? thisThreadPort() : inProcessPort(opened); }, 3),
    });
    expect(members).toEqual([0, 1, 2]);
    expect(opened.filter((e) => e === 'open')).toHaveLength(2);
    expect(pooled.records.map(withoutTimings)).toEqual(alone.records.map(withoutTimings));
  });

  it('stops the run in progress when its signal aborts, saying nothing more (how the pool ends this thread\'s run)', async () => {
    const stop = new AbortController();
    const posted: string[] = [];
    const handle = gridWorkerHandler((message) => void posted.push(message.type), async () => {}, { sliceBudgetMs: 5, signal: stop.signal });
    await handle({ type: 'setup', setup: { ...setup, config: { ...setup.config, epochs: 2000 } } });
    const running = handle({ type: 'run', cell: { index: 0, seed: 2, activation: { id: 'relu', params: {} } } });
    setTimeout(() => stop.abort(), 30);
    await running;
    expect(posted[0]).toBe('ready');
    expect(posted).not.toContain('done');
    expect(posted).not.toContain('failed');
  });

  it('reports runs done of the total to the end', async () => {
    const paces: string[] = [];
    await runGrid(setup, { executor: pooledExecutor(() => inProcessPort([]), 3), onRunComplete: (_, pace) => void paces.push(`${pace.runsDone}/${pace.totalRuns}`) });
    expect(paces).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
  });

  it('stops at once on abort, keeping finished runs, and ends the grid with the reason when a worker fails', async () => {
    const controller = new AbortController();
    const stopped = await runGrid(setup, {
      signal: controller.signal,
      executor: pooledExecutor(() => inProcessPort([]), 2),
      onRunComplete: (record) => { if (record.index === 1 || record.index === 0) controller.abort(); },
    });
    expect(stopped.stopped).toBe(true);
    expect(stopped.records.length).toBeGreaterThanOrEqual(1);
    expect(stopped.records.length).toBeLessThan(6);
    await expect(runGrid(setup, { executor: pooledExecutor(() => inProcessPort([], 3), 2) })).rejects.toThrow('A worker failed in run 4: out of memory');
  });

  it('sizes the pool from the reported cores, at most 4 and no more than the runs', () => {
    expect(poolSize(8, 40)).toBe(4);
    expect(poolSize(2, 40)).toBe(2);
    expect(poolSize(undefined, 40)).toBe(1);
    expect(poolSize(4, 3)).toBe(3);
    expect(poolSize(0, 3)).toBe(1);
    // The page leaves one core to its main thread.
    expect([1, 2, 3, 4, 5, 8].map((cores) => pagePoolSize(cores, 40))).toEqual([1, 1, 2, 3, 4, 4]);
    expect(pagePoolSize(undefined, 40)).toBe(1);
    expect(pagePoolSize(8, 2)).toBe(2);
  });
});

describe('grid progress', () => {
  it('counts runs done, estimates the time left from the pace, and says so in words', () => {
    const tracker = trackGrid(4, 0);
    const cell = (index: number) => ({ index, seed: 1, activation: { id: 'relu', params: {} } });
    expect(tracker.pace(10).remainingMs).toBeNull();
    tracker.progress(cell(0), 5, 10);
    tracker.progress(cell(1), 5, 10);
    expect(tracker.pace(1000)).toEqual({ runsDone: 0, totalRuns: 4, overall: 0.25, remainingMs: 3000 });
    tracker.done(cell(0));
    expect(tracker.pace(2000)).toMatchObject({ runsDone: 1, overall: 0.375 });
    expect(describePace(tracker.pace(2000))).toBe('1 of 4 runs done · about 3 s left');
    expect(formatRemaining(125_000)).toBe('about 2 min left');
  });
});
