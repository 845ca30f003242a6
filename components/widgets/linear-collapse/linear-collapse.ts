/**
 * The linear-collapse widget's module, loaded by lazy-widget.ts near the screen: a settings reader, a
 * plan and an arms board on the demo run skeleton. Train runs lab's linear-collapse experiment: the
 * same deep network with linear and with nonlinear hidden layers, trained side by side on the circle
 * data, then the linear one multiplied out into a single layer.
 */
import { LINEAR_COLLAPSE_DEFAULTS, linearCollapsePlan, type LinearCollapseSettings } from '../../../lab/index';
import { lastMade } from '../../ui/comparison/arm-plan';
import { ArmsBoard } from '../../ui/comparison/arms-board';
import { mountDemo, type Figure } from '../../ui/demo-run/demo-run';
import { findCollapseElements } from './collapse-dom';
import { COLLAPSE_ARMS, collapseData, collapseMaps, collapseOf, drawCollapse } from './collapse-view';
import { GRID_INTERVAL_MS, GRID_RESOLUTION } from './linear-collapse-config';

export function mount(root: HTMLElement): Promise<void> {
  return mountDemo<LinearCollapseSettings>(root, { name: 'linear-collapse widget', watch: (find) => [find.byId(`${root.id}-linear`)] }, ({ find, painter, state }) => {
    const el = findCollapseElements(find, root);
    const { form } = el;
    const dataFor = lastMade(collapseData);
    const initial = form.read();
    let seed = initial.ok ? initial.settings.seed : LINEAR_COLLAPSE_DEFAULTS.seed;
    let training = false;
    const board: ArmsBoard = new ArmsBoard(painter, {
      panels: () => el.maps,
      ...collapseMaps({ el, data: () => dataFor(seed), training: () => training }),
      own: { collapse: { draw: () => drawCollapse(el, collapseOf(board.arm('linear'))) } },
    });
    board.reset(COLLAPSE_ARMS, 0);
    return {
      form,
      plan: (settings) => {
        seed = settings.seed;
        return linearCollapsePlan(settings, { resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS });
      },
      begin: (settings) => {
        board.reset(COLLAPSE_ARMS, settings.epochs);
        training = true;
        painter.markAll();
      },
      listener: board.listener,
      figure: (outcome): Figure => {
        const diverged = outcome.records.find((run) => run.status === 'diverged');
        if (diverged) return { kind: 'diverged', epoch: diverged.epochs, reason: `the loss became ${diverged.metrics.loss}` };
        const [linearAccuracy, nonlinearAccuracy] = outcome.records.map((run) => run.metrics.testAccuracy);
        if (linearAccuracy === undefined || nonlinearAccuracy === undefined) return { kind: 'error', message: 'the trainer reported no test accuracy.' };
        return { kind: 'done', value: nonlinearAccuracy };
      },
      end: () => {
        training = false;
        board.finish();
      },
      parts: () => board.parts(),
      draw: (part) => board.draw(part),
      start: () => {
        el.seed.addEventListener('change', () => {
          const reading = form.read();
          if (state.running || !reading.ok || reading.settings.seed === seed) return;
          seed = reading.settings.seed;
          board.reset(COLLAPSE_ARMS, 0);
          painter.redraw(...board.parts());
        });
        el.nonlinear.addEventListener('change', () => painter.redraw(...board.parts()));
      },
    };
  });
}
