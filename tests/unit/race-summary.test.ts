import { describe, expect, it } from 'vitest';
import type { ArmRun } from '../../lab/runs/plan.ts';
import { settle, waitingArm, type ArmState } from '../../components/ui/comparison/arm-state.ts';
import { describeRace, formatPercent, raceFigure, resultRow } from '../../components/widgets/activation-race/race-summary.ts';
import { checkRacers, MAX_RACERS } from '../../components/widgets/activation-race/race-config.ts';

const TARGET = 0.95;

function racer(id: string, overrides: Partial<ArmState> = {}): ArmState {
  return { ...waitingArm(id, id.toUpperCase(), 300), ...overrides };
}

function result(status: ArmRun['status'], epochs: number, testAccuracy: number, elapsedMs = 1000): ArmRun {
  return {
    arm: 'x', seed: 1, seedIndex: 0, index: 0, backend: 'cpu', status, epochs, history: [], probes: {},
    metrics: { epoch: epochs, loss: 0.1, testLoss: 0.2, testAccuracy }, timings: { elapsedMs, samplesPerSecond: 1 },
  };
}

describe('race summary', () => {
  it('settles a racer from lab’s result, mapping each status to a phase', () => {
    expect(settle(racer('relu'), result('target-reached', 60, 0.976)).phase).toBe('reached');
    expect(settle(racer('sigmoid'), result('done', 300, 0.772)).phase).toBe('finished');
    expect(settle(racer('x'), result('diverged', 12, NaN)).phase).toBe('diverged');
    expect(settle(racer('x'), result('stopped', 40, 0.6)).phase).toBe('stopped');
    expect(settle(racer('relu'), result('target-reached', 60, 0.976, 320))).toMatchObject({ epoch: 60, testAccuracy: 0.976, testLoss: 0.2, elapsedMs: 320 });
  });

  it('writes a table row per racer, with dashes for what has not happened', () => {
    expect(resultRow(settle(racer('relu'), result('target-reached', 60, 0.976, 320)), TARGET)).toEqual([
      'RELU', '97.6%', '0.200', '60', '0.32 s', 'reached 95.0% at epoch 60',
    ]);
    expect(resultRow(racer('tanh'), TARGET)).toEqual(['TANH', '—', '—', '—', '—', 'waiting']);
    expect(resultRow(settle(racer('sigmoid'), result('done', 300, 0.772)), TARGET)[5]).toBe('below 95.0% after all 300 epochs');
  });

  it('rounds percentages down, so 99.96% never shows as 100%', () => {
    expect(formatPercent(0.9996)).toBe('99.9%');
    expect(formatPercent(undefined)).toBe('—');
  });

  it('gives the best test accuracy of the finished runs as the figure', () => {
    const racers = [
      settle(racer('sigmoid'), result('done', 300, 0.772)),
      settle(racer('tanh'), result('target-reached', 230, 0.968)),
      settle(racer('bad'), result('diverged', 5, NaN)),
    ];
    expect(raceFigure(racers)).toEqual({ kind: 'done', value: 0.968 });
  });

  it('is diverged only when every run diverged, naming the first, and an error when no run finished', () => {
    expect(raceFigure([settle(racer('a'), result('diverged', 3, NaN)), settle(racer('b'), result('diverged', 7, NaN))]))
      .toEqual({ kind: 'diverged', epoch: 3, reason: 'every run diverged (A first, at epoch 3)' });
    expect(raceFigure([racer('c', { phase: 'skipped' })]).kind).toBe('error');
  });

  it('sums the race up: who reached the target, fastest first, and who did not', () => {
    const text = describeRace([
      settle(racer('sigmoid'), result('done', 300, 0.772, 2000)),
      settle(racer('tanh'), result('target-reached', 230, 0.992, 1800)),
      settle(racer('relu'), result('target-reached', 60, 0.976, 300)),
    ], TARGET);
    expect(text).toBe('Reached 95.0% test accuracy, fastest first: RELU (epoch 60, 0.30 s), TANH (epoch 230, 1.80 s). Not there after 300 epochs: SIGMOID (77.2%).');
  });
});

describe('checkRacers', () => {
  it(`accepts 1 to ${MAX_RACERS} known activations and refuses other counts with a reason`, () => {
    expect(checkRacers(['relu'])).toEqual({ ok: true, value: ['relu'] });
    expect(checkRacers([])).toEqual({ ok: false, reason: 'Pick at least 1 activation to race.' });
    const seven = ['relu', 'tanh', 'sigmoid', 'swish', 'elu', 'gelu', 'mish'];
    expect(checkRacers(seven)).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 6 activations \(7 are ticked\)/) });
  });

  it('drops ids the catalog does not know (a tampered checkbox value)', () => {
    expect(checkRacers(['relu', '<script>', 'nope'])).toEqual({ ok: true, value: ['relu'] });
    expect(checkRacers(['nope']).ok).toBe(false);
  });
});
