/**
 * The vanishing-gradient widget's module: a settings reader, a plan and a view on the demo run
 * skeleton. Train asks lab/ to train the deep network while measuring every layer's gradient, and
 * the bars are drawn as measurements arrive; each finished run adds a row to the runs table.
 */
import {
  deepBatch, deepNetworkConfig, getActivation, gradientSnapshot, gradientTrackingPlan, lastToFirstRatio, VANISHING_PRESET as P, type GradientSnapshot,
} from '../../../lab/index';
import { drawSafely } from '../../ui/charts/chart-failure';
import { readPalette } from '../../ui/charts/chart-palette';
import { clampWidth, showLines } from '../../ui/charts/chart-slot';
import { readSeriesColours } from '../../ui/charts/series-colours';
import { textTableRow } from '../../ui/charts/table-row';
import { mountDemo, type Figure } from '../../ui/demo-run/demo-run';
import { formatWholePercent } from '../../ui/text/number-format';
import { formatScientific } from '../../ui/text/scientific';
import { gradientCaption, renderGradientChart } from './vanishing-chart';
import { readSettings } from '../../ui/controls/read-settings';
import { CHART_HEIGHT, CHART_MAX_WIDTH, COMPARISON, VANISHING_SETTINGS, type VanishingSettings } from './vanishing-config';
import { describeGradients } from './vanishing-readout';

/** Short training slices: a gradient measurement (a tfjs backward pass) may land at the end of one. */
const SLICE_BUDGET_MS = 6;

function titleOf(settings: VanishingSettings): string {
  const initializer = VANISHING_SETTINGS.initializer.options.find((option) => option.value === settings.initializer)?.label ?? settings.initializer;
  return `${getActivation(settings.activation).name} with ${initializer}`;
}

function runRow(title: string, snapshots: readonly GradientSnapshot[]): HTMLTableRowElement {
  const first = snapshots[0]!;
  const last = snapshots[snapshots.length - 1]!;
  return textTableRow([
    title,
    formatScientific(lastToFirstRatio(first.norms)),
    last.epoch === 0 ? '—' : `${formatScientific(lastToFirstRatio(last.norms))} (epoch ${last.epoch})`,
    Number.isFinite(last.accuracy) ? formatWholePercent(last.accuracy) : '—',
  ]);
}

export function mount(root: HTMLElement): Promise<void> {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  return mountDemo<VanishingSettings>(root, { name: 'vanishing-gradients widget', watch: (find) => [find.byId(id('chart'))] }, ({ find, painter, state, train }) => {
    const form = readSettings(VANISHING_SETTINGS, find, root);
    const chart = find.byId(id('chart'));
    let snapshots: GradientSnapshot[] = [];
    let title = '';
    const draw = (): void => {
      const initial = snapshots[0];
      const latest = snapshots[snapshots.length - 1];
      if (!initial || !latest) return;
      const width = clampWidth(painter.width(chart), 300, CHART_MAX_WIDTH);
      const [nowColour = 'currentColor'] = readSeriesColours();
      chart.replaceChildren(renderGradientChart({ initial, latest, palette: readPalette(), nowColour, width, height: CHART_HEIGHT, patternId: id('hatch'), title }));
      find.byId(id('chart-caption')).textContent = gradientCaption(latest, title);
      showLines(find.part('readout'), describeGradients(initial, latest));
    };
    return {
      form,
      plan: (settings) => gradientTrackingPlan(
        deepNetworkConfig({ activation: { id: settings.activation }, initializer: settings.initializer, seed: settings.seed, depth: P.depth, width: P.width, inputSize: P.inputSize }),
        deepBatch({ seed: settings.seed, size: P.batchSize, inputSize: P.inputSize }),
        { epochs: settings.epochs, learningRate: settings.learningRate, optimizer: P.optimizer, seed: settings.seed, measureEvery: P.measureEvery, sliceBudgetMs: SLICE_BUDGET_MS },
      ),
      begin: (settings) => {
        title = titleOf(settings);
        snapshots = [];
      },
      listener: {
        onProbe: (event) => {
          const snapshot = gradientSnapshot(event);
          if (!snapshot) return;
          snapshots.push(snapshot);
          painter.redraw('chart');
        },
      },
      figure: (outcome): Figure => {
        const run = outcome.records[0];
        if (!run || snapshots.length === 0) return { kind: 'error', message: 'no gradient was measured.' };
        find.part('runs').hidden = false;
        find.part('runs-body').append(runRow(title, snapshots));
        const ratio = lastToFirstRatio(snapshots[0]!.norms);
        if (run.status === 'diverged') return { kind: 'diverged', epoch: run.epochs, reason: `the loss became ${run.metrics.loss}` };
        if (!Number.isFinite(ratio)) return { kind: 'error', message: 'the first layer’s gradient is exactly zero, so the ratio is undefined.' };
        return { kind: 'done', value: ratio, format: (value) => `${formatScientific(value)} (layer ${P.depth} ÷ layer 1)` };
      },
      parts: () => ['chart'],
      draw: () => drawSafely(chart, draw),
      start: () => {
        find.part('compare').addEventListener('click', () => {
          if (state.running) return;
          form.update(COMPARISON.settings);
          train();
        });
      },
    };
  });
}
