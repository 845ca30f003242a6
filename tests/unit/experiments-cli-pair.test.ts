/** `npm run experiment -- --pair a,b`: the chosen pair's paired difference after the verdicts against the best, refused before training when it cannot be compared. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { prepareGrid, runGrid } from '../../lab/experiments/runner.ts';
import { validateExperimentConfig } from '../../lab/experiments/validate-config.ts';
import { parseCliArguments } from '../../lab/experiments/cli-args.ts';
import { pairLine } from '../../lab/experiments/compare-runs.ts';
import { readPairOption } from '../../lab/experiments/cli/pair-option.ts';
import { cli } from './experiment-cli-process.ts';

/** Six seeds on the spiral: ReLU and leaky ReLU close together, Swish clearly ahead of both. */
const FLAGS = ['--dataset', 'spiral', '--activations', 'relu,leaky-relu,swish', '--seeds', '6', '--epochs', '100', '--width', '16', '--depth', '2', '--quiet'];

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('--pair', () => {
  it('prints the chosen pair\'s verdict, the same sentence lab gives for the same records', async () => {
    const { config } = validateExperimentConfig(parseCliArguments(FLAGS).settings);
    const { records } = await runGrid(await prepareGrid(config));
    const supported = await cli([...FLAGS, '--pair', 'relu,swish']);
    expect(supported.code).toBe(0);
    const supportedLine = supported.stdout.trimEnd().split('\n').at(-1);
    expect(supportedLine).toBe(pairLine(records, 'relu', 'swish'));
    expect(supportedLine).toMatch(/^The pair you chose, swish minus relu: The seeds support a difference: swish scores 0\.\d{3} higher than relu/);
    const unsupported = await cli([...FLAGS, '--pair', 'relu,leaky-relu', '--parallel', '2']);
    expect(unsupported.stdout.trimEnd().split('\n').at(-1)).toBe(pairLine(records, 'relu', 'leaky-relu'));
    expect(unsupported.stdout).toMatch(/The pair you chose, leaky-relu minus relu: The seeds do not support a difference between leaky-relu and relu: .*6 seeds\), and the interval includes 0\.\n$/);
  }, 120_000);

  it('refuses the same activation twice, one outside the grid and a malformed pair before training, with exit code 1', async () => {
    const same = await cli([...FLAGS, '--pair', 'relu,relu']);
    expect(same.code).toBe(1);
    expect(same.stdout).toBe('');
    expect(same.stderr.trim()).toBe('--pair: pick two different activations; relu against itself has no difference to measure.');
    const outside = await cli([...FLAGS, '--pair', 'relu,gelu']);
    expect(outside.stderr.trim()).toBe('--pair: gelu is not in this grid\'s activations (relu, leaky-relu, swish).');
    const { config } = validateExperimentConfig(parseCliArguments(FLAGS).settings);
    expect(readPairOption('relu', config)).toEqual({ ok: false, problem: '--pair names two activations, like --pair relu,tanh; got "relu".' });
    expect(readPairOption('leaky-relu:alpha=0.01, relu', config)).toEqual({ ok: true, pair: ['leaky-relu', 'relu'] });
    expect(readPairOption('relu,nope', config)).toMatchObject({ ok: false, problem: expect.stringMatching(/^--pair: .*nope/) });
  });
});
