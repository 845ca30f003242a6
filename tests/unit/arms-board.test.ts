/**
 * The comparison widgets' shared board: arms settle from lab's run records, their captions, the parts
 * each report asks the painter for, and the shared plan of one dense network per arm.
 */
import { describe, expect, it } from 'vitest';
import { makeSeededDataset, type ArmRun, type GridPrediction } from '../../lab/index.ts';
import { denseArmsPlan, lastMade } from '../../components/ui/comparison/arm-plan.ts';
import { armCaption, finishArms, hasEnded, settle, waitingArm } from '../../components/ui/comparison/arm-state.ts';
import { ArmsBoard, type MapPanel } from '../../components/ui/comparison/arms-board.ts';
import type { PartPainter } from '../../components/ui/demo-run/part-painter.ts';
import { armRun } from './arm-run-fixture.ts';

const grid = (value: number): GridPrediction => ({ xMin: 0, xMax: 1, yMin: 0, yMax: 1, resolution: 1, values: new Float32Array([value]) });
const key = { seed: 1, seedIndex: 0, index: 0 };

/** A painter that only notes what it was asked to redraw. */
function notingPainter(): { painter: PartPainter; asked: string[][] } {
  const asked: string[][] = [];
  const painter = { redraw: (...parts: string[]) => asked.push(parts), width: () => 300 } as unknown as PartPainter;
  return { painter, asked };
}

describe('arm state', () => {
  it('settles an arm from its record: phase from the status, numbers, time, history and final grid', () => {
    const record: ArmRun = { ...armRun('relu', 0, 0.976), status: 'target-reached', epochs: 60, history: [{ epoch: 1, loss: 0.7, testAccuracy: 0.5 }], probes: { 'decision-grid': grid(0.9) } };
    const settled = settle({ ...waitingArm('relu', 'ReLU', 300), grid: grid(0.2) }, record);
    expect(settled).toMatchObject({ phase: 'reached', epoch: 60, testAccuracy: 0.976, elapsedMs: 1, history: [{ epoch: 1, loss: 0.7 }], record });
    expect(settled.grid!.values[0]).toBeCloseTo(0.9);
    expect(settle(waitingArm('x', 'X', 9), { ...armRun('x', 0, 0.5), status: 'error' }).phase).toBe('diverged');
    expect(settle(waitingArm('x', 'X', 9), { ...armRun('x', 0, 0.5), status: 'stopped' }).phase).toBe('stopped');
  });

  it('ends the runs: the one training was stopped, the waiting ones never ran', () => {
    const arms = finishArms([{ ...waitingArm('a', 'A', 9), phase: 'reached' }, { ...waitingArm('b', 'B', 9), phase: 'running' }, waitingArm('c', 'C', 9)]);
    expect(arms.map((arm) => arm.phase)).toEqual(['reached', 'stopped', 'skipped']);
    expect(arms.map(hasEnded)).toEqual([true, true, false]);
  });

  it('captions an arm by its phase, with the accuracy in the widget’s own format', () => {
    const arm = { ...waitingArm('relu', 'ReLU', 300), epoch: 40, testAccuracy: 0.97 };
    expect(armCaption(waitingArm('relu', 'ReLU', 300))).toBe('ReLU: not trained yet.');
    expect(armCaption({ ...arm, phase: 'running' })).toBe('ReLU: epoch 40, test accuracy 97%.');
    expect(armCaption({ ...arm, phase: 'finished' }, (value) => `${(value * 100).toFixed(1)}%`)).toBe('ReLU after 40 epochs, test accuracy 97.0%.');
    expect(armCaption({ ...arm, phase: 'diverged' })).toBe('ReLU: diverged at epoch 40.');
  });
});

describe('the arms board', () => {
  const panel = (): MapPanel => ({ chart: {} as HTMLElement, caption: { textContent: '' } as HTMLElement });

  function board(drawn: string[] = []) {
    const { painter, asked } = notingPainter();
    const panels = { relu: panel() };
    const arms = new ArmsBoard(painter, {
      panels: () => panels,
      caption: (arm) => armCaption(arm),
      drawMap: (arm) => drawn.push(`map ${arm.id} ${arm.grid?.values[0] ?? 'none'}`),
      own: { readout: { liveEveryMs: 0, draw: () => drawn.push('readout') }, chart: { draw: () => drawn.push('chart') } },
    });
    arms.reset([{ id: 'relu', label: 'ReLU' }, { id: 'tanh', label: 'Tanh' }], 100);
    return { arms, asked, panels };
  }

  it('has a map part only for arms with a panel, before the widget’s own parts', () => {
    expect(board().arms.parts()).toEqual(['map:relu', 'readout', 'chart']);
  });

  it('asks for the arm’s map and the live parts as reports arrive, and every own part when a run ends', () => {
    const { arms, asked } = board();
    const run = { ...key, arm: 'relu' };
    arms.listener.onRunStart!(run, 2);
    arms.listener.onProgress!({ run, progress: { epoch: 5, loss: 0.4, testAccuracy: 0.8, totalEpochs: 100, elapsedMs: 3 }, epochsDone: 5, totalEpochs: 200 });
    arms.listener.onProbe!({ run, probe: 'decision-grid', epoch: 5, data: grid(0.7) });
    arms.listener.onRunEnd!({ ...armRun('relu', 0, 0.9), epochs: 50 }, 2);
    arms.listener.onRunStart!({ ...key, arm: 'tanh', index: 1 }, 2);
    expect(asked).toEqual([['map:relu'], ['map:relu', 'readout'], ['map:relu'], ['map:relu', 'readout', 'chart'], []]);
    expect(arms.arm('relu')).toMatchObject({ phase: 'finished', epoch: 50, testAccuracy: 0.9, history: [] });
    expect(arms.arm('tanh')!.phase).toBe('running');
  });

  it('draws a map part as its caption and map, and keeps the panels while the arms stay', () => {
    const drawn: string[] = [];
    const { arms, panels } = board(drawn);
    arms.listener.onProbe!({ run: { ...key, arm: 'relu' }, probe: 'decision-grid', epoch: 5, data: grid(0.5) });
    arms.draw('map:relu');
    arms.draw('readout');
    expect(drawn).toEqual(['map relu 0.5', 'readout']);
    expect(panels.relu.caption.textContent).toBe('ReLU: not trained yet.');
  });
});

describe('the shared plan', () => {
  it('builds one network per activation on the data set, each with a decision-grid probe on its bounds', () => {
    const dataset = makeSeededDataset({ id: 'spiral', size: 60, noise: 0, testFraction: 0.5, classes: 3 }, 4);
    const plan = denseArmsPlan({
      activations: ['relu', 'tanh'], dataset, hidden: [8], inputScale: 0.2, output: 'softmax', seed: 4,
      train: { epochs: 5, learningRate: 0.1, optimizer: 'adam' }, grid: { resolution: 16, intervalMs: 100 },
    });
    expect(plan.seeds).toEqual([4]);
    expect(plan.arms.map((arm) => [arm.id, arm.model])).toEqual(['relu', 'tanh'].map((id) => [id, {
      kind: 'dense', config: { inputSize: 2, hidden: [8], activation: { id }, outputSize: 3, output: 'softmax', inputScale: 0.2 },
    }]));
    expect(plan.arms[0]!.probes).toEqual([expect.objectContaining({ id: 'decision-grid', resolution: 16, intervalMs: 100 })]);
  });

  it('makes a value again only when its key changes', () => {
    let made = 0;
    const square = lastMade((n: number) => ({ n: n * n, made: ++made }));
    expect([square(3), square(3), square(4)].map((value) => value.made)).toEqual([1, 1, 2]);
  });
});
