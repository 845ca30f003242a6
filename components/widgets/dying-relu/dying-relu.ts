/**
 * The dying-ReLU widget's module: a settings reader, a plan and a view on the demo run skeleton.
 * Train asks lab/ to train the ReLU and leaky ReLU networks side by side while counting dead units,
 * and the counts are drawn as they arrive.
 */
import { deadUnitSnapshot, dyingReluPlan, makeDataset, DYING_RELU_PRESET as P, type DeadUnitSnapshot, type DyingReluArm } from '../../../lab/index';
import { drawSafely } from '../../ui/charts/chart-failure';
import { readPalette } from '../../ui/charts/chart-palette';
import { clampWidth, showLines } from '../../ui/charts/chart-slot';
import { readSeriesColours } from '../../ui/charts/series-colours';
import { textTableRow } from '../../ui/charts/table-row';
import { mountDemo, type Figure } from '../../ui/demo-run/demo-run';
import { formatWholePercent } from '../../ui/text/number-format';
import { readSettings } from '../../ui/controls/read-settings';
import { CHART_HEIGHT, CHART_MAX_WIDTH, DYING_RELU_SETTINGS, type DyingReluSettings } from './dying-relu-config';
import { describeDeadUnitChart, renderDeadUnitCharts } from './dying-relu-chart';
import { describeDeadUnits, latestOf, layerRows } from './dying-relu-readout';

/** Short training slices: a dead-unit count (a tfjs forward pass) may land at the end of one. */
const SLICE_BUDGET_MS = 6;

const armNames = (leakyAlpha: number): Record<DyingReluArm, string> => ({ relu: 'ReLU', leaky: `Leaky ReLU (α = ${leakyAlpha})` });

export function mount(root: HTMLElement): Promise<void> {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  return mountDemo<DyingReluSettings>(root, { name: 'dying-relu widget', watch: (find) => [find.byId(id('chart'))] }, ({ find, painter }) => {
    const form = readSettings(DYING_RELU_SETTINGS, find, root);
    const chart = find.byId(id('chart'));
    const layers = find.part('layers');
    let snapshots: DeadUnitSnapshot[] = [];
    let testAccuracies: Partial<Record<DyingReluArm, number>> = {};
    let settings: DyingReluSettings | undefined;
    const draw = (): void => {
      if (!settings || snapshots.length === 0) return;
      const names = armNames(settings.leakyAlpha);
      const width = clampWidth(painter.width(chart), 300, CHART_MAX_WIDTH);
      chart.replaceChildren(renderDeadUnitCharts({
        snapshots, armNames: names, totalEpochs: settings.epochs, layers: P.hidden.length, palette: readPalette(), colours: readSeriesColours(), width, height: CHART_HEIGHT,
      }));
      find.byId(id('chart-caption')).textContent = describeDeadUnitChart(snapshots, names);
      showLines(find.part('readout'), describeDeadUnits(snapshots, names, testAccuracies));
    };
    return {
      form,
      plan: (chosen) => dyingReluPlan({
        dataset: makeDataset(P.dataset, { seed: chosen.seed, size: P.datasetSize, noise: P.noise }),
        hidden: [...P.hidden], seed: chosen.seed, learningRate: chosen.learningRate, epochs: chosen.epochs, measureEvery: P.measureEvery,
        leakyAlpha: chosen.leakyAlpha, optimizer: P.optimizer, initializer: P.initializer, inputScale: P.inputScale, sliceBudgetMs: SLICE_BUDGET_MS,
      }),
      begin: (chosen) => {
        settings = chosen;
        snapshots = [];
        testAccuracies = {};
        layers.hidden = true;
      },
      listener: {
        onProbe: (event) => {
          const snapshot = settings && deadUnitSnapshot(event, settings.epochs);
          if (!snapshot) return;
          snapshots.push(snapshot);
          painter.redraw('charts');
        },
        onRunEnd: (run) => {
          testAccuracies[run.arm as DyingReluArm] = run.metrics.testAccuracy;
        },
      },
      figure: (outcome): Figure => {
        const names = armNames(settings!.leakyAlpha);
        const diverged = outcome.records.find((run) => run.status === 'diverged');
        if (diverged) return { kind: 'diverged', epoch: diverged.epochs, reason: `the ${names[diverged.arm as DyingReluArm]} run's loss became ${diverged.metrics.loss}` };
        const relu = latestOf(snapshots, 'relu');
        if (!relu) return { kind: 'error', message: 'no dead-unit count was recorded.' };
        find.part('layers-body').replaceChildren(...layerRows(snapshots).map((cells) => textTableRow(cells)));
        layers.hidden = false;
        const leaky = formatWholePercent(latestOf(snapshots, 'leaky')?.report.deadFraction ?? NaN);
        return { kind: 'done', value: relu.report.deadFraction, format: (value) => `${formatWholePercent(value)} (leaky ReLU: ${leaky})` };
      },
      parts: () => ['charts'],
      draw: () => drawSafely(chart, draw),
    };
  });
}
