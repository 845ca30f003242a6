/**
 * The softmax widget's module, loaded when the widget nears the screen: a settings reader, a plan and
 * a one-arm board on the demo run skeleton. Train fits the three-class network through lab/; the
 * class-probability map, the loss curve and the readout follow it.
 */
import { getActivation } from '../../../lab/index';
import { clampWidth } from '../../ui/charts/chart-slot';
import { lastMade } from '../../ui/comparison/arm-plan';
import { ArmsBoard } from '../../ui/comparison/arms-board';
import { readSettings } from '../../ui/controls/read-settings';
import { mountDemo, testAccuracyFigure } from '../../ui/demo-run/demo-run';
import { shortName } from '../../ui/text/activation-names';
import { SOFTMAX_DEFAULTS, SOFTMAX_SETTINGS, type SoftmaxSettings } from './softmax-config';
import { softmaxDataset, softmaxPlan } from './softmax-plan';
import { classMaps, drawLoss, mapCaption, readoutText } from './softmax-view';

/** While training, the loss curve (a full chart render) is redrawn at most this often; fully at the end. */
const LOSS_REDRAW_INTERVAL_MS = 250;

export function mount(root: HTMLElement): Promise<void> {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  return mountDemo<SoftmaxSettings>(root, { name: 'softmax widget', watch: (find) => [find.byId(id('map')), find.byId(id('loss'))] }, ({ find, painter }) => {
    const form = readSettings(SOFTMAX_SETTINGS, find, root);
    const panel = { chart: find.byId(id('map')), caption: find.byId(id('map-caption')) };
    const [loss, lossCaption, readout] = [find.byId(id('loss')), find.byId(id('loss-caption')), find.part('readout')];
    const datasetFor = lastMade(softmaxDataset);
    const initial = form.read();
    let seed: number = initial.ok ? initial.settings.seed : SOFTMAX_DEFAULTS.seed;
    const board: ArmsBoard = new ArmsBoard(painter, {
      panels: (arms) => Object.fromEntries(arms.map((arm) => [arm.id, panel])),
      caption: mapCaption,
      drawMap: classMaps(() => datasetFor(seed), (chart) => clampWidth(painter.width(chart), 260, 440)),
      own: {
        readout: {
          liveEveryMs: 0,
          draw: () => {
            readout.textContent = readoutText(board.arms[0]);
          },
        },
        loss: { liveEveryMs: LOSS_REDRAW_INTERVAL_MS, draw: () => drawLoss(loss, lossCaption, board.arms[0], painter.width(loss)) },
      },
    });
    return {
      form,
      plan: (settings) => {
        seed = settings.seed;
        return softmaxPlan(settings, datasetFor(seed));
      },
      begin: (settings) => {
        board.reset([{ id: settings.activation, label: shortName(getActivation(settings.activation)) }], settings.epochs);
        painter.markAll();
      },
      listener: board.listener,
      figure: ({ records: [run] }) => {
        if (run?.status === 'diverged') return { kind: 'diverged', epoch: run.epochs, reason: `the loss became ${run.metrics.loss}` };
        return testAccuracyFigure(run?.metrics.testAccuracy);
      },
      parts: () => board.parts(),
      draw: (part) => board.draw(part),
    };
  });
}
