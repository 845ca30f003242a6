/**
 * The derivative lab's module, on the demo run skeleton. The chart follows the chosen function and its
 * parameters as they change; Run checks every scalar function in the catalog (at the parameters set
 * for it) on the plotted grid plus seeded random points, and reports the largest disagreement found.
 */
import { checkDerivatives, DERIVATIVE_RANGE, randomPoints, worstDerivativeError, yieldToEventLoop, type DerivativeCheck } from '../../../lab/index';
import { drawSafely } from '../../ui/charts/chart-failure';
import { readPalette } from '../../ui/charts/chart-palette';
import { clampWidth, showLines } from '../../ui/charts/chart-slot';
import { readSeriesColours } from '../../ui/charts/series-colours';
import { textTableRow } from '../../ui/charts/table-row';
import { readSettings } from '../../ui/controls/read-settings';
import type { SettingsOf } from '../../ui/controls/settings-description';
import { mountDemo, type DemoOptions } from '../../ui/demo-run/demo-run';
import { errorMessage } from '../../ui/demo-run/error-message';
import { formatScientific } from '../../ui/text/scientific';
import { describeDerivativeChart, renderDerivativeChart } from './derivative-chart';
import { CHART_HEIGHT, CHART_MAX_WIDTH, DERIVATIVE_SETTINGS, RANDOM_CHECK_POINTS } from './derivative-config';
import { readEntry, readParams, scalarEntries, showParamsFor } from './derivative-dom';
import { describeCheck, titleOf } from './derivative-readout';

const CHART_MIN_WIDTH = 280;

const checkRow = (title: string, check: DerivativeCheck): HTMLTableRowElement =>
  textTableRow([title, formatScientific(check.automatic.error), formatScientific(check.numerical.error), String(check.excluded)]);

export function mount(root: HTMLElement): Promise<void> {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  const demo: DemoOptions = { name: 'derivative lab', work: 'The check', tfjs: true, watch: (find) => [find.byId(id('chart'))] };
  return mountDemo<SettingsOf<typeof DERIVATIVE_SETTINGS>>(root, demo, ({ find, painter, state }) => {
    const form = readSettings(DERIVATIVE_SETTINGS, find, root);
    const picker = find.byId<HTMLSelectElement>(id('activation'));
    const chart = find.byId(id('chart'));
    const readout = find.part('readout');
    const resultsBody = find.part('results-body');
    let worst = 0;
    const draw = (): void => {
      const entry = readEntry(picker);
      const params = readParams(root, entry);
      const title = titleOf(entry, params);
      let check: DerivativeCheck;
      try {
        check = checkDerivatives({ id: entry.id, params });
      } catch (error) {
        readout.textContent = `This function could not be checked: ${errorMessage(error)}`;
        return;
      }
      const width = clampWidth(painter.width(chart), CHART_MIN_WIDTH, CHART_MAX_WIDTH);
      chart.replaceChildren(renderDerivativeChart({ check, palette: readPalette(), colours: readSeriesColours(), width, height: CHART_HEIGHT, title }));
      find.byId(id('chart-caption')).textContent = describeDerivativeChart(check, title);
      showLines(readout, describeCheck(check, title));
    };
    return {
      form,
      begin: () => {
        worst = 0;
        resultsBody.replaceChildren();
        find.part('results').hidden = false;
      },
      work: async ({ seed }, { signal, progress }) => {
        const entries = scalarEntries();
        state.say(`Checking ${entries.length} functions…`);
        const extraPoints = randomPoints(seed, RANDOM_CHECK_POINTS, DERIVATIVE_RANGE.min, DERIVATIVE_RANGE.max);
        for (const [index, entry] of entries.entries()) {
          await yieldToEventLoop();
          if (signal.aborted) return { stopped: true, epochsDone: index, totalEpochs: entries.length };
          const params = readParams(root, entry);
          const check = checkDerivatives({ id: entry.id, params }, { extraPoints });
          worst = Math.max(worst, worstDerivativeError(check));
          resultsBody.append(checkRow(titleOf(entry, params), check));
          progress(index + 1, entries.length);
        }
        return { stopped: false, epochsDone: entries.length, totalEpochs: entries.length };
      },
      figure: () => ({ kind: 'done', value: worst, format: (value) => formatScientific(value) }),
      parts: () => ['chart'],
      draw: () => drawSafely(chart, draw),
      start: () => {
        picker.addEventListener('change', () => {
          showParamsFor(root, picker.value);
          painter.redraw('chart');
        });
        root.querySelectorAll('[data-params-for]').forEach((group) => {
          for (const type of ['input', 'change']) group.addEventListener(type, () => painter.redraw('chart'));
        });
      },
    };
  });
}
