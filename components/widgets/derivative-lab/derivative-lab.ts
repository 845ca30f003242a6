/**
 * The derivative lab's heavy module. The chart follows the chosen function and its parameters as they
 * change; Run checks every scalar function in the catalog (at the parameters set for it) on the
 * plotted grid plus seeded random points, and reports the largest disagreement found.
 */
import { checkDerivatives, DERIVATIVE_RANGE, randomPoints, worstDerivativeError, type DerivativeCheck, yieldToEventLoop } from '../../../lab/index';
import { DemoStateController } from '../../ui/demo-run/demo-state';
import { prepareBackend, startLeakCheck } from '../../ui/backend/tf-backend';
import { createRepaintScheduler, type RepaintScheduler } from '../../ui/demo-run/repaint';
import { onThemeChange, readPalette } from '../../ui/charts/chart-palette';
import { readSeriesColours } from '../../ui/charts/series-colours';
import { readNumberField } from '../../ui/controls/number-field';
import { drawSafely } from '../../ui/charts/chart-failure';
import { formatScientific } from '../../ui/text/scientific';
import { textTableRow } from '../../ui/charts/table-row';
import { CHART_HEIGHT, CHART_MAX_WIDTH, RANDOM_CHECK_POINTS } from './derivative-config';
import { describeDerivativeChart, renderDerivativeChart } from './derivative-chart';
import { describeCheck, titleOf } from './derivative-readout';
import { findDerivativeElements, readEntry, readParams, scalarEntries, showParamsFor, type DerivativeElements } from './derivative-dom';
import { errorMessage } from '../../ui/demo-run/error-message';

const CHART_MIN_WIDTH = 280;

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new DerivativeLab(root, findDerivativeElements(root), demo).start();
}

function checkRow(title: string, check: DerivativeCheck): HTMLTableRowElement {
  return textTableRow([title, formatScientific(check.automatic.error), formatScientific(check.numerical.error), String(check.excluded)]);
}

class DerivativeLab {
  readonly #root: HTMLElement;
  readonly #el: DerivativeElements;
  readonly #demo: DemoStateController;
  readonly #repaint: RepaintScheduler;

  constructor(root: HTMLElement, elements: DerivativeElements, demo: DemoStateController) {
    this.#root = root;
    this.#el = elements;
    this.#demo = demo;
    this.#repaint = createRepaintScheduler(() => this.#paint());
  }

  start(): void {
    this.#el.activation.addEventListener('change', () => {
      showParamsFor(this.#root, this.#el.activation.value);
      this.#repaint.request();
    });
    this.#root.querySelectorAll('[data-params-for]').forEach((group) => {
      group.addEventListener('input', () => this.#repaint.request());
      group.addEventListener('change', () => this.#repaint.request());
    });
    this.#el.seed.addEventListener('input', () => readNumberField(this.#el.seed));
    this.#demo.onTrain(() => void this.#runAll());
    onThemeChange(() => this.#repaint.flush());
    new ResizeObserver(() => this.#repaint.request()).observe(this.#el.chart);
    this.#repaint.flush();
  }

  #paint(): void {
    drawSafely(this.#el.chart, () => this.#draw());
  }

  #draw(): void {
    const entry = readEntry(this.#el);
    const params = readParams(this.#root, entry);
    const title = titleOf(entry, params);
    let check: DerivativeCheck;
    try {
      check = checkDerivatives({ id: entry.id, params });
    } catch (error) {
      this.#el.readout.textContent = `This function could not be checked: ${errorMessage(error)}`;
      return;
    }
    const width = Math.round(Math.min(CHART_MAX_WIDTH, Math.max(CHART_MIN_WIDTH, this.#el.chart.clientWidth || CHART_MAX_WIDTH)));
    this.#el.chart.replaceChildren(
      renderDerivativeChart({ check, palette: readPalette(), colours: readSeriesColours(), width, height: CHART_HEIGHT, title }),
    );
    this.#el.chartCaption.textContent = describeDerivativeChart(check, title);
    this.#el.readout.replaceChildren(
      ...describeCheck(check, title).map((text) => Object.assign(document.createElement('span'), { className: 'line', textContent: text })),
    );
  }

  async #runAll(): Promise<void> {
    const seed = readNumberField(this.#el.seed);
    if (!seed.ok) {
      this.#demo.say(`The check did not start: ${seed.reason}`);
      return;
    }
    const entries = scalarEntries();
    const signal = this.#demo.begin(entries.length);
    this.#demo.say(`Checking ${entries.length} functions…`);
    const extraPoints = randomPoints(seed.value, RANDOM_CHECK_POINTS, DERIVATIVE_RANGE.min, DERIVATIVE_RANGE.max);
    this.#el.resultsBody.replaceChildren();
    this.#el.results.hidden = false;
    const checkLeaks = startLeakCheck('derivative lab');
    const started = performance.now();
    let worst = 0;
    try {
      for (const [index, entry] of entries.entries()) {
        await yieldToEventLoop();
        if (signal.aborted) {
          this.#demo.finish({ kind: 'stopped', epoch: index, totalEpochs: entries.length });
          return;
        }
        const params = readParams(this.#root, entry);
        const check = checkDerivatives({ id: entry.id, params }, { extraPoints });
        worst = Math.max(worst, worstDerivativeError(check));
        this.#el.resultsBody.append(checkRow(titleOf(entry, params), check));
        this.#demo.progress(index + 1, entries.length);
      }
      this.#demo.finish({ kind: 'done', value: worst, elapsedMs: performance.now() - started, format: (value) => formatScientific(value) });
    } catch (error) {
      this.#demo.fail(error);
    } finally {
      checkLeaks();
    }
  }
}
