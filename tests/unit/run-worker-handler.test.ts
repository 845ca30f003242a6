/**
 * A plan run through the run worker's handler behind an in-process port (messages cross as structured
 * clones, asynchronously, as between threads): the same records and listener events as runArms in
 * the page, Stop ends the run, a failure reaches the caller, and the worker is ended every time.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDataset } from '../../lab/datasets/index.ts';
import { runArms } from '../../lab/runs/run-arms.ts';
import type { ArmRun, ArmSpec, RunListener, RunPlan } from '../../lab/runs/plan.ts';
import { runWorkerHandler } from '../../lab/runs/worker/run-worker-handler.ts';
import { runOverPort } from '../../lab/runs/worker/run-over-port.ts';
import type { FromRunWorker, RunWorkerPort, ToRunWorker } from '../../lab/runs/worker/protocol.ts';

const xor = makeDataset('xor', { size: 80, seed: 2 });

function arm(id: string, activation: string, epochs: number): ArmSpec {
  return {
    id,
    model: { kind: 'dense', config: { inputSize: 2, hidden: [6], activation: { id: activation }, outputSize: 1, output: 'sigmoid', inputScale: 0.2 } },
    dataset: xor,
    train: { epochs, learningRate: 0.05, optimizer: 'adam', evaluateEvery: 3, batchSize: 16 },
    probes: [{ id: 'predictions', inputs: [[0.5, -0.5], [-2, 2]] }],
  };
}

const plan = (epochs = 9): RunPlan => ({ arms: [arm('relu', 'relu', epochs), arm('tanh', 'tanh', epochs)], seeds: [3, 4], engine: 'tfjs' });

interface Port extends RunWorkerPort {
  readonly sent: ToRunWorker['type'][];
  readonly backends: string[];
  terminated: number;
}

/** The handler in this process behind a port; `prepare` is what the worker entry does before training (here: note the backend). */
function inProcessPort(): Port {
  let hear: (message: FromRunWorker) => void = () => {};
  const port: Port = {
    sent: [], backends: [], terminated: 0,
    post: (message) => {
      port.sent.push(message.type);
      const copy = structuredClone(message);
      setTimeout(() => void handle(copy), 0);
    },
    listen: (onMessage) => { hear = onMessage; },
    terminate: () => { port.terminated += 1; },
  };
  const handle = runWorkerHandler((message) => {
    const copy = structuredClone(message);
    setTimeout(() => { if (port.terminated === 0) hear(copy); }, 0);
  }, async (backend) => {
    port.backends.push(backend);
  });
  return port;
}

/** A listener that writes down what it hears, in order. */
function recorder(): { heard: string[]; listener: RunListener } {
  const heard: string[] = [];
  return {
    heard,
    listener: {
      onRunStart: (run, total) => void heard.push(`start ${run.index}/${total}`),
      onProbe: (event) => void heard.push(`probe ${event.run.index} ${event.probe} ${event.epoch}`),
      onRunEnd: (record, total) => void heard.push(`end ${record.index}/${total} ${record.status}`),
    },
  };
}

const withoutTimings = ({ timings: _timings, ...rest }: ArmRun) => rest;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('a plan in the run worker', () => {
  it('gives the same records and listener events as runArms in the page, and ends the worker', async () => {
    const before = tf.memory().numTensors;
    const page = recorder();
    const direct = await runArms(plan(), page.listener);
    const worker = recorder();
    const port = inProcessPort();
    const relayed = await runOverPort(port, plan(), 'cpu', worker.listener);
    expect(relayed.records.map(withoutTimings)).toEqual(direct.records.map(withoutTimings));
    expect(relayed.records.map((record) => [record.engine, record.backend])).toEqual(direct.records.map(() => ['tfjs', 'cpu']));
    expect({ ...relayed, records: [], elapsedMs: 0 }).toEqual({ ...direct, records: [], elapsedMs: 0 });
    expect(worker.heard).toEqual(page.heard);
    expect(worker.heard.filter((line) => line.startsWith('end'))).toHaveLength(4);
    expect(port.backends).toEqual(['cpu']);
    expect(port.terminated).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports progress at a bounded rate, every run\'s last epoch always', async () => {
    const epochs: string[] = [];
    await runOverPort(inProcessPort(), plan(30), 'cpu', { onProgress: ({ run, progress, epochsDone, totalEpochs }) => {
      epochs.push(`${run.index}:${progress.epoch}`);
      expect(epochsDone).toBeLessThanOrEqual(totalEpochs);
    } });
    for (const index of [0, 1, 2, 3]) expect(epochs).toContain(`${index}:30`);
    // 4 runs of 30 epochs trained in well under PROGRESS_INTERVAL_MS per epoch on this network: fewer messages than epochs.
    expect(epochs.length).toBeLessThan(4 * 30);
  });

  it('stops when the plan\'s signal fires, keeping the runs that finished, and ends the worker', async () => {
    const stop = new AbortController();
    const port = inProcessPort();
    const outcome = await runOverPort(port, { ...plan(400), signal: stop.signal }, 'cpu', {
      onRunEnd: () => stop.abort(),
    });
    expect(outcome.stopped).toBe(true);
    expect(outcome.records.map((record) => record.arm)).toEqual(['relu']);
    expect(outcome.epochsDone).toBeLessThan(outcome.totalEpochs);
    expect(port.sent).toEqual(['run', 'stop']);
    expect(port.terminated).toBe(1);
  });

  it('stops at once when the signal has fired before the worker starts', async () => {
    const stop = new AbortController();
    stop.abort();
    const outcome = await runOverPort(inProcessPort(), { ...plan(), signal: stop.signal }, 'cpu');
    expect(outcome.stopped).toBe(true);
    expect(outcome.records).toEqual([]);
  });

  it('rejects with the worker\'s message when the plan is refused, and ends the worker', async () => {
    const port = inProcessPort();
    await expect(runOverPort(port, { arms: [], seeds: [1] }, 'cpu')).rejects.toThrow('Runs: give at least one arm to train.');
    expect(port.terminated).toBe(1);
  });

  it('rejects when the worker cannot load', async () => {
    let terminated = 0;
    const broken: RunWorkerPort = {
      post: () => {},
      listen: (_onMessage, onFailure) => setTimeout(() => onFailure('the script failed to load'), 0),
      terminate: () => { terminated += 1; },
    };
    await expect(runOverPort(broken, plan(), 'cpu')).rejects.toThrow('The training worker failed: the script failed to load');
    expect(terminated).toBe(1);
  });
});
