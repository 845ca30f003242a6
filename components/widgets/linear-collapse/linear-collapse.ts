/**
 * The linear-collapse widget's module, loaded by lazy-widget.ts near the screen: a settings reader, a
 * plan and a view on the demo run skeleton. Train runs lab's linear-collapse experiment: the same deep
 * network with linear and with nonlinear hidden layers, trained side by side on the circle data, then
 * the linear one multiplied out into a single layer.
 */
import { LINEAR_COLLAPSE_DEFAULTS, linearCollapsePlan, type LinearCollapseSettings, type ModelRole } from '../../../lab/index';
import { mountDemo, type Figure } from '../../ui/demo-run/demo-run';
import { CollapseBoard, PARTS } from './collapse-board';
import { findCollapseElements } from './collapse-dom';
import { describeProgress } from './collapse-text';
import { GRID_INTERVAL_MS, GRID_RESOLUTION } from './linear-collapse-config';

export function mount(root: HTMLElement): Promise<void> {
  const el = findCollapseElements(root);
  return mountDemo<LinearCollapseSettings>(root, { name: 'linear-collapse widget', watch: () => [el.maps.linear.chart] }, ({ painter, state }) => {
    const { form } = el;
    const board = new CollapseBoard(el);
    const initial = form.read();
    board.useSeed(initial.ok ? initial.settings.seed : LINEAR_COLLAPSE_DEFAULTS.seed);
    return {
      form,
      plan: (settings) => {
        board.useSeed(settings.seed);
        return linearCollapsePlan(settings, { resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS });
      },
      begin: (settings) => {
        board.clear();
        board.epochs = settings.epochs;
        board.running = true;
        painter.markAll();
      },
      listener: {
        onProgress: ({ run, progress }) => {
          board.live[run.arm as ModelRole] = describeProgress(run.arm as ModelRole, progress.epoch, progress.testAccuracy);
          painter.redraw(run.arm);
        },
        onProbe: (event) => {
          if (event.probe !== 'decision-grid') return;
          board.grids[event.run.arm as ModelRole] = event.data;
          painter.redraw(event.run.arm);
        },
        onRunEnd: (run) => {
          const role = run.arm as ModelRole;
          board.results[role] = run;
          delete board.live[role];
          if (run.probes['collapse-check']) board.collapse = run.probes['collapse-check'];
          painter.redraw(...PARTS);
        },
      },
      figure: (outcome): Figure => {
        const diverged = outcome.records.find((run) => run.status === 'diverged');
        if (diverged) return { kind: 'diverged', epoch: diverged.epochs, reason: `the loss became ${diverged.metrics.loss}` };
        const [linearAccuracy, nonlinearAccuracy] = outcome.records.map((run) => run.metrics.testAccuracy);
        if (linearAccuracy === undefined || nonlinearAccuracy === undefined) return { kind: 'error', message: 'the trainer reported no test accuracy.' };
        return { kind: 'done', value: nonlinearAccuracy };
      },
      end: () => {
        board.running = false;
        board.live = {};
      },
      parts: () => PARTS,
      draw: (part) => board.draw(part, painter.width),
      start: () => {
        el.seed.addEventListener('change', () => {
          const reading = form.read();
          if (!state.running && reading.ok && board.useSeed(reading.settings.seed)) painter.redraw(...PARTS);
        });
        el.nonlinear.addEventListener('change', () => painter.redraw('nonlinear'));
      },
    };
  });
}
