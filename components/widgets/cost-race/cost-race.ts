/**
 * The cost race's module, on the demo run skeleton: Run times every hidden activation (lab/cost) and
 * fills the table row by row as the figures come in; nothing is measured until the reader asks.
 */
import { runCostRace, type CostRaceResult } from '../../../lab/index';
import { numberField, settingsForm } from '../../ui/controls/settings-form';
import { textTableRow } from '../../ui/charts/table-row';
import { mountDemo } from '../../ui/demo-run/demo-run';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';
import { costCell, costSummary } from './cost-race-text';

export function mount(root: HTMLElement): Promise<void> {
  const { byId, part } = widgetElementFinder('cost race', root);
  const el = { seed: byId<HTMLInputElement>(`${root.id}-seed`), results: part('results'), body: part('results-body'), summary: part('summary') };
  return mountDemo<{ seed: number }>(root, { name: 'cost race', work: 'The cost race', tfjs: true, watch: () => [] }, () => {
    const form = settingsForm({ seed: numberField(el.seed) });
    let result: CostRaceResult | undefined;
    return {
      form,
      begin: () => {
        result = undefined;
        el.body.replaceChildren();
        el.summary.textContent = '';
      },
      work: async ({ seed }, { signal, progress }) => {
        // The outcome reports progress in the same steps (one timed block each) as the bar showed.
        const steps = { done: 0, total: 1 };
        const onProgress = (done: number, total: number): void => {
          steps.done = done;
          steps.total = total;
          progress(done, total);
        };
        result = await runCostRace({ seed, signal, onProgress });
        if (result.stopped) return { stopped: true, epochsDone: steps.done, totalEpochs: steps.total, engines: ['lab', 'tfjs'] };
        el.body.replaceChildren(...result.rows.map((row) => textTableRow([
          row.name, costCell(row, 'lab', 'forward'), costCell(row, 'lab', 'forwardBackward'),
          costCell(row, 'tfjs', 'forward'), costCell(row, 'tfjs', 'forwardBackward'),
        ])));
        el.results.hidden = false;
        el.summary.textContent = costSummary(result.rows, result.backend);
        return { stopped: false, epochsDone: steps.total, totalEpochs: steps.total, engines: ['lab', 'tfjs'] };
      },
      stoppedMessage: () => 'Stopped before every activation was timed. Press Run the cost race to measure again.',
      figure: () => {
        const swish = result?.rows.find((row) => row.id === 'swish');
        if (!swish) return { kind: 'error', message: 'Swish was not measured.' };
        return { kind: 'done', value: swish.ratioToRelu.lab.forwardBackward, format: (value) => `${value.toFixed(1)}×` };
      },
      parts: () => [],
      draw: () => undefined,
      start: () => form.validateWhileTyping(),
    };
  });
}
