/**
 * The capacity widget's module, loaded when the widget nears the screen: a settings reader, a plan
 * and a view on the demo run skeleton. Train runs lab's capacity sweep (one network per width,
 * narrowest first); the sweep chart, the chosen width's map and loss curves, and the table fill in as
 * runs finish. The slider picks the width shown.
 */
import { capacityPlan, summariseSweep } from '../../../lab/index';
import { redrawGate } from '../../ui/charts/chart-slot';
import { gridProbe } from '../../ui/comparison/arm-plan';
import { readSettings } from '../../ui/controls/read-settings';
import { mountDemo, type Figure } from '../../ui/demo-run/demo-run';
import { DecisionMapSlot } from '../../ui/live-maps/decision-map-slot';
import { CAPACITY_DEFAULTS, CAPACITY_SETTINGS, GRID_INTERVAL_MS, GRID_RESOLUTION, SLICE_BUDGET_MS, U_SHAPE_TARGET, type CapacitySettings } from './capacity-config';
import { capacityOutlets, drawCapacityPart, PARTS } from './capacity-parts';
import { CapacityState } from './capacity-state';
import { summariseText } from './capacity-text';
import { showWidthChoice } from './capacity-view';

export function mount(root: HTMLElement): Promise<void> {
  const id = (suffix: string) => `${root.id}-${suffix}`;
  return mountDemo<CapacitySettings>(root, { name: 'capacity widget', watch: (find) => [find.byId(id('curves'))] }, ({ find, painter, state: demo }) => {
    const outlets = capacityOutlets(find, root);
    const slider = find.byId<HTMLInputElement>(id('width'));
    const form = readSettings(CAPACITY_SETTINGS, find, root);
    const initial = form.read();
    const state = new CapacityState(initial.ok ? initial.settings.seed : CAPACITY_DEFAULTS.seed, initial.ok ? initial.settings.depth : CAPACITY_DEFAULTS.depth, CAPACITY_DEFAULTS.epochs);
    const slot = new DecisionMapSlot(outlets.map);
    const curvesDue = redrawGate();
    const showSelected = (): void => {
      showWidthChoice(slider, find.part('width-value'), state.widths, state.selected);
      painter.redraw(...PARTS);
    };
    const reset = (): void => {
      const reading = form.read();
      if (demo.running || !reading.ok) return;
      state.reset(reading.settings.seed, reading.settings.depth);
      outlets.summary.textContent = '';
      showSelected();
    };
    return {
      form,
      plan: (settings) => {
        state.reset(settings.seed, settings.depth);
        state.totalEpochs = settings.epochs;
        state.readerPicked = false;
        const probes = [gridProbe(state.bounds, { resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS })];
        return { ...capacityPlan({ dataset: state.dataset, seed: settings.seed, depth: settings.depth, epochs: settings.epochs, probes }), sliceBudgetMs: SLICE_BUDGET_MS };
      },
      begin: () => {
        outlets.summary.textContent = '';
        showSelected();
      },
      listener: {
        onRunStart: (run) => {
          state.startRun(run.index);
          showSelected();
        },
        onProgress: ({ run, progress }) => {
          const shown = state.progress(run.index, progress);
          painter.redraw('table', ...(shown && curvesDue() ? ['curves'] : []));
        },
        onProbe: (event) => {
          if (event.probe === 'decision-grid' && state.liveGrid(event.run.index, event.data)) painter.redraw('map');
        },
        onRunEnd: (record) => {
          state.endRun(record.index, record);
          painter.redraw(...PARTS);
        },
      },
      figure: (): Figure => {
        const finished = state.finished();
        const diverged = finished.find((run) => run.status === 'diverged');
        if (diverged) return { kind: 'diverged', epoch: diverged.epochs, reason: `the network of width ${diverged.width} stopped giving finite losses` };
        state.summary = summariseSweep(finished);
        if (!state.summary) return { kind: 'error', message: 'the sweep reported no test losses.' };
        if (!state.readerPicked) state.select(state.summary.bestIndex);
        showWidthChoice(slider, find.part('width-value'), state.widths, state.selected);
        outlets.summary.textContent = summariseText(finished, state.summary, U_SHAPE_TARGET);
        return { kind: 'done', value: state.summary.uShapeRatio };
      },
      end: () => {
        state.live = undefined;
      },
      parts: () => PARTS,
      draw: (part) => drawCapacityPart(part, { state, outlets, slot, width: painter.width }),
      start: () => {
        find.byId(id('seed')).addEventListener('change', reset);
        find.byId(id('depth')).addEventListener('change', reset);
        slider.addEventListener('input', () => {
          state.readerPicked = demo.running;
          state.select(Number(slider.value));
          showSelected();
        });
        showSelected();
      },
    };
  });
}
