/**
 * The bias race's module, loaded when the widget nears the screen: a settings reader, a plan and a
 * view on the demo run skeleton. Train runs four short trainings through lab's run orchestrator, one
 * after another: the ReLU network without and with biases on the shifted blobs (decision maps sampled
 * while they train), then the linear unit without and with a bias on the line. Its figure is the
 * with-bias network's test accuracy.
 */
import { biasArms } from '../../../lab/index';
import { formatPercent } from '../../ui/text/number-format';
import { SLICE_BUDGET_MS } from '../../ui/demo-run/demo-defaults';
import { mountDemo, type Figure } from '../../ui/demo-run/demo-run';
import { readSettings } from '../../ui/controls/read-settings';
import { armOf, BiasBoard, PARTS } from './bias-race-board';
import { BIAS_RACE_DEFAULTS, BIAS_RACE_SETTINGS, BIAS_TARGET, GRID_INTERVAL_MS, GRID_RESOLUTION, type BiasRaceSettings } from './bias-race-config';
import { findBiasRaceElements } from './bias-race-dom';

function summary(board: BiasBoard, without: number, withBias: number): string {
  const { without: lineWithout, with: lineWith } = board.states;
  const lines = lineWithout.line && lineWith.line
    ? ` On the line, the bias-free unit can only tilt: it settles on slope ${lineWithout.line.w.toFixed(2)} through the origin, while the unit with a bias finds slope ${lineWith.line.w.toFixed(2)} and intercept ${lineWith.line.b.toFixed(2)}.`
    : '';
  const verdict = withBias >= BIAS_TARGET && without < BIAS_TARGET
    ? 'Only the network with biases can put its boundary between the blobs.'
    : without >= BIAS_TARGET
      ? 'Both manage here: with the blobs this close to the origin, a boundary through the origin can still separate them.'
      : 'Neither reached the target this time.';
  return `Without biases: ${formatPercent(without)} test accuracy. With biases: ${formatPercent(withBias)}. ${verdict}${lines}`;
}

export function mount(root: HTMLElement): Promise<void> {
  return mountDemo<BiasRaceSettings>(root, { name: 'bias race', watch: (find) => [find.byId(`${root.id}-map-with`)] }, ({ find, painter, state }) => {
    const elements = findBiasRaceElements(find, root);
    const form = readSettings(BIAS_RACE_SETTINGS, find, root);
    const initial = form.read();
    const board = new BiasBoard(elements, initial.ok ? initial.settings.seed : BIAS_RACE_DEFAULTS.seed, initial.ok ? initial.settings.shift : BIAS_RACE_DEFAULTS.shift);
    const showNewData = (): void => {
      const reading = form.read();
      if (state.running || !reading.ok || !board.useData(reading.settings.seed, reading.settings.shift)) return;
      board.reset();
      elements.summary.textContent = '';
      painter.redraw(...PARTS);
    };
    return {
      form,
      plan: (settings) => {
        board.useData(settings.seed, settings.shift);
        const map = { id: 'decision-grid' as const, bounds: board.bounds, resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS };
        return { arms: biasArms({ seed: settings.seed, shift: settings.shift, epochs: settings.epochs, probes: [map] }), seeds: [settings.seed], sliceBudgetMs: SLICE_BUDGET_MS };
      },
      begin: () => {
        board.reset();
        elements.summary.textContent = '';
        delete root.dataset.noBiasTestAccuracy;
        painter.markAll();
      },
      listener: {
        onRunStart: (run) => {
          board.start(run.arm);
          painter.redraw('results', `map-${armOf(run.arm)[1]}`);
        },
        onProgress: ({ run, progress }) => {
          board.progress(run.arm, progress);
          painter.redraw('results', ...(armOf(run.arm)[0] === 'classify' ? [`map-${armOf(run.arm)[1]}`] : []));
        },
        onProbe: (event) => {
          if (event.probe !== 'decision-grid') return;
          const [, key] = armOf(event.run.arm);
          board.states[key] = { ...board.states[key], grid: event.data };
          painter.redraw(`map-${key}`);
        },
        onRunEnd: (run) => {
          board.end(run);
          painter.redraw(...PARTS);
        },
      },
      figure: (outcome): Figure => {
        const diverged = outcome.records.find((run) => run.status === 'diverged');
        if (diverged) {
          const [task, key] = armOf(diverged.arm);
          return { kind: 'diverged', epoch: diverged.epochs, reason: `${task === 'classify' ? 'the network' : 'the line'} ${key} biases: ${diverged.message ?? 'the loss stopped being finite'}` };
        }
        const without = board.states.without.testAccuracy;
        const withBias = board.states.with.testAccuracy;
        if (without === undefined || withBias === undefined) return { kind: 'error', message: 'the trainer reported no test accuracy.' };
        root.dataset.noBiasTestAccuracy = without.toFixed(4);
        elements.summary.textContent = summary(board, without, withBias);
        return { kind: 'done', value: withBias };
      },
      parts: () => PARTS,
      draw: (part) => board.draw(part, painter.width),
      start: () => {
        for (const suffix of ['seed', 'shift']) find.byId(`${root.id}-${suffix}`).addEventListener('change', showNewData);
        painter.redraw('results');
      },
    };
  });
}
