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
import { mountDemo } from '../../ui/demo-run/demo-run';
import { errorMessage } from '../../ui/demo-run/error-message';
import { formatScientific } from '../../ui/text/scientific';
import { describeDerivativeChart, renderDerivativeChart } from './derivative-chart';
import { CHART_HEIGHT, CHART_MAX_WIDTH, DERIVATIVE_SETTINGS, RANDOM_CHECK_POINTS } from './derivative-config';
import { findDerivativeElements, readEntry, readParams, scalarEntries, showParamsFor } from './derivative-dom';
import { describeCheck, titleOf } from './derivative-readout';

const CHART_MIN_WIDTH = 280;

const checkRow = (title: string, check: DerivativeCheck): HTMLTableRowElement =>
  textTableRow([title, formatScientific(check.automatic.error), formatScientific(check.numerical.error), String(check.excluded)]);

export function mount(root: HTMLElement): Promise<void> {
  const el = findDerivativeElements(root);
  return mountDemo<SettingsOf<typeof DERIVATIVE_SETTINGS>>(root, { name: 'derivative lab', work: 'The check', tfjs: true, watch: () => [el.chart] }, ({ find, painter, state }) => {
    const form = readSettings(DERIVATIVE_SETTINGS, find, root);
    let worst = 0;
    const draw = (): void => {
      const entry = readEntry(el);
      const params = readParams(root, entry);
      const title = titleOf(entry, params);
      let check: DerivativeCheck;
      try {
        check = checkDerivatives({ id: entry.id, params });
      } catch (error) {
        el.readout.textContent = `This function could not be checked: ${errorMessage(error)}`;
        return;
      }
      const width = clampWidth(painter.width(el.chart), CHART_MIN_WIDTH, CHART_MAX_WIDTH);
      el.chart.replaceChildren(renderDerivativeChart({ check, palette: readPalette(), colours: readSeriesColours(), width, height: CHART_HEIGHT, title }));
      el.chartCaption.textContent = describeDerivativeChart(check, title);
      showLines(el.readout, describeCheck(check, title));
    };
    return {
      form,
      begin: () => {
        worst = 0;
        el.resultsBody.replaceChildren();
        el.results.hidden = false;
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
          el.resultsBody.append(checkRow(titleOf(entry, params), check));
          progress(index + 1, entries.length);
        }
        return { stopped: false, epochsDone: entries.length, totalEpochs: entries.length };
      },
      figure: () => ({ kind: 'done', value: worst, format: (value) => formatScientific(value) }),
      parts: () => ['chart'],
      draw: () => drawSafely(el.chart, draw),
      start: () => {
        el.activation.addEventListener('change', () => {
          showParamsFor(root, el.activation.value);
          painter.redraw('chart');
        });
        root.querySelectorAll('[data-params-for]').forEach((group) => {
          for (const type of ['input', 'change']) group.addEventListener(type, () => painter.redraw('chart'));
        });
      },
    };
  });
}
