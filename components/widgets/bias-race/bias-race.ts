/**
 * The bias race's module, loaded when the widget nears the screen: a settings reader, a plan and an
 * arms board on the demo run skeleton. Train runs four short trainings through lab's run orchestrator,
 * one after another: the ReLU network without and with biases on the shifted blobs (decision maps
 * sampled while they train), then the linear unit without and with a bias on the line. Its figure is
 * the with-bias network's test accuracy.
 */
import { biasArmId, biasArms } from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import { readSeriesColours } from '../../ui/charts/series-style';
import { gridProbe, lastMade } from '../../ui/comparison/arm-plan';
import { armCaption, type ArmState } from '../../ui/comparison/arm-state';
import { ArmsBoard } from '../../ui/comparison/arms-board';
import { readSettings } from '../../ui/controls/read-settings';
import { SLICE_BUDGET_MS } from '../../ui/demo-run/demo-defaults';
import { mountDemo, type Figure } from '../../ui/demo-run/demo-run';
import { formatPercent } from '../../ui/text/number-format';
import { BIAS_RACE_DEFAULTS, BIAS_RACE_SETTINGS, BIAS_TARGET, GRID_INTERVAL_MS, GRID_RESOLUTION, type BiasRaceSettings } from './bias-race-config';
import { findBiasRaceElements } from './bias-race-dom';
import { armOf, BIAS_ARMS, biasData, biasMaps, biasRows, drawLines, fittedLine } from './bias-race-view';

function summary(arms: readonly ArmState[], without: number, withBias: number): string {
  const [lineWithout, lineWith] = [fittedLine(arms, 'without')?.line, fittedLine(arms, 'with')?.line];
  const lines = lineWithout && lineWith
    ? ` On the line, the bias-free unit can only tilt: it settles on slope ${lineWithout.w.toFixed(2)} through the origin, while the unit with a bias finds slope ${lineWith.w.toFixed(2)} and intercept ${lineWith.b.toFixed(2)}.`
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
    const dataFor = lastMade(biasData, ({ seed, shift }) => `${seed}/${shift}`);
    const initial = form.read();
    let data = dataFor(initial.ok ? initial.settings : BIAS_RACE_DEFAULTS);
    const board: ArmsBoard = new ArmsBoard(painter, {
      panels: () => ({ [biasArmId('classify', false)]: elements.maps.without, [biasArmId('classify', true)]: elements.maps.with }),
      caption: armCaption,
      drawMap: biasMaps(() => data),
      results: { body: elements.results, rows: biasRows },
      own: {
        lines: {
          draw: () => drawLines(data.line, board.arms, { chart: elements.line, caption: elements.lineCaption, palette: readPalette(), colours: readSeriesColours(), slotWidth: painter.width(elements.line) }),
        },
      },
    });
    const reset = (): void => {
      board.reset(BIAS_ARMS, 0);
      elements.summary.textContent = '';
    };
    const showNewData = (): void => {
      const reading = form.read();
      if (state.running || !reading.ok || dataFor(reading.settings) === data) return;
      data = dataFor(reading.settings);
      reset();
      painter.redraw(...board.parts());
    };
    reset();
    return {
      form,
      plan: (settings) => {
        data = dataFor(settings);
        const map = gridProbe(data.bounds, { resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS });
        return { arms: biasArms({ seed: settings.seed, shift: settings.shift, epochs: settings.epochs, probes: [map] }), seeds: [settings.seed], sliceBudgetMs: SLICE_BUDGET_MS };
      },
      begin: () => {
        reset();
        delete root.dataset.noBiasTestAccuracy;
        painter.markAll();
      },
      listener: board.listener,
      figure: (outcome): Figure => {
        const diverged = outcome.records.find((run) => run.status === 'diverged');
        if (diverged) {
          const [task, key] = diverged.arm.split('-');
          return { kind: 'diverged', epoch: diverged.epochs, reason: `${task === 'classify' ? 'the network' : 'the line'} ${key} biases: ${diverged.message ?? 'the loss stopped being finite'}` };
        }
        const without = armOf(board.arms, 'classify', 'without')?.testAccuracy;
        const withBias = armOf(board.arms, 'classify', 'with')?.testAccuracy;
        if (without === undefined || withBias === undefined) return { kind: 'error', message: 'the trainer reported no test accuracy.' };
        root.dataset.noBiasTestAccuracy = without.toFixed(4);
        elements.summary.textContent = summary(board.arms, without, withBias);
        return { kind: 'done', value: withBias };
      },
      end: () => board.finish(),
      parts: () => board.parts(),
      draw: (part) => board.draw(part),
      start: () => {
        for (const suffix of ['seed', 'shift']) find.byId(`${root.id}-${suffix}`).addEventListener('change', showNewData);
        painter.redraw('results');
      },
    };
  });
}
