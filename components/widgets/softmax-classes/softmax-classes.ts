/**
 * The softmax widget's module, loaded when the widget nears the screen: a settings reader, a plan and
 * a view on the demo run skeleton. Train fits the three-class network through lab/; the
 * class-probability map, the loss curve and the readout follow it.
 */
import { redrawGate } from '../../ui/charts/chart-slot';
import { readSettings } from '../../ui/controls/read-settings';
import { mountDemo, testAccuracyFigure } from '../../ui/demo-run/demo-run';
import { SOFTMAX_DEFAULTS, SOFTMAX_SETTINGS, type SoftmaxSettings } from './softmax-config';
import { softmaxPlan } from './softmax-plan';
import { PARTS, softmaxOutlets, SoftmaxView } from './softmax-view';

/** While training, the loss curve (a full chart render) is redrawn at most this often; fully at the end. */
const LOSS_REDRAW_INTERVAL_MS = 250;

export function mount(root: HTMLElement): Promise<void> {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  return mountDemo<SoftmaxSettings>(root, { name: 'softmax widget', watch: (find) => [find.byId(id('map')), find.byId(id('loss'))] }, ({ find, painter }) => {
    const form = readSettings(SOFTMAX_SETTINGS, find, root);
    const initial = form.read();
    const view = new SoftmaxView(softmaxOutlets(find, root), initial.ok ? initial.settings.seed : SOFTMAX_DEFAULTS.seed);
    const lossDue = redrawGate(LOSS_REDRAW_INTERVAL_MS);
    return {
      form,
      plan: (settings) => softmaxPlan(settings, view.useSeed(settings.seed)),
      begin: (settings) => {
        view.begin(settings);
        painter.markAll();
      },
      listener: {
        onProgress: ({ progress }) => {
          view.history.push({ epoch: progress.epoch, loss: progress.loss });
          view.latest = progress;
          painter.redraw('readout', ...(lossDue() ? ['loss'] : []));
        },
        onProbe: (event) => {
          if (event.probe !== 'decision-grid') return;
          view.grid = event.data;
          painter.redraw('map');
        },
        onRunEnd: (run) => {
          view.history = run.history;
          view.latest = run.metrics;
        },
      },
      figure: ({ records: [run] }) => {
        if (run?.status === 'diverged') return { kind: 'diverged', epoch: run.epochs, reason: `the loss became ${run.metrics.loss}` };
        return testAccuracyFigure(run?.metrics.testAccuracy);
      },
      parts: () => PARTS,
      draw: (part) => view.draw(part, painter.width),
    };
  });
}
