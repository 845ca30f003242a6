/**
 * The learned-activation widget's module, loaded when the widget nears the screen: a settings reader,
 * a plan and a view on the demo run skeleton. Train makes the data set and trains the learned-mix
 * network, fixed ReLU and fixed tanh once per seed. The base seed's learned run is traced: its
 * coefficients every few epochs, drawn live as curves per base function and as each layer's g(x).
 */
import { LEARNED_ARM_ID } from '../../../lab/index';
import { followDatasetPresets, idOf } from '../../ui/comparison/comparison-form';
import { readSettings } from '../../ui/controls/read-settings';
import { SeedComparison } from '../../ui/comparison/seed-comparison-results';
import { mountDemo } from '../../ui/demo-run/demo-run';
import { DATASET_PRESETS, LEARNED_SETTINGS, type LearnedSettings } from './learned-config';
import { drawLearnedPart, learnedOutlets, RESULTS_PART, startTrace, traceParts, type Trace } from './learned-parts';
import { learnedPlan } from './learned-plan';

const TARGET = { id: LEARNED_ARM_ID, divergedReason: 'every learned-activation run diverged', resultSuffix: 'for the learned activation' };

export function mount(root: HTMLElement): Promise<void> {
  return mountDemo<LearnedSettings>(root, { name: 'learned activation', watch: (find) => [find.byId(idOf(root, 'shape'))] }, ({ find, painter, state }) => {
    const outlets = learnedOutlets(find, root);
    const form = readSettings(LEARNED_SETTINGS, find, root);
    const comparison = new SeedComparison<LearnedSettings>(TARGET, outlets.current, () => painter.redraw(RESULTS_PART));
    let trace: Trace | undefined;
    return {
      form,
      plan: learnedPlan,
      begin: (settings, plan) => {
        comparison.begin(settings, plan);
        trace = startTrace(settings, outlets.traces);
        painter.markAll();
      },
      listener: {
        ...comparison.listener,
        onProbe: (event) => {
          if (event.probe !== 'coefficients' || event.run.arm !== LEARNED_ARM_ID || !event.progress) return;
          trace?.snapshots.push({ epoch: event.epoch, coefficients: event.data });
          painter.redraw(...traceParts(trace));
        },
      },
      figure: () => comparison.figure(),
      end: () => comparison.clearCurrent(),
      parts: () => [...traceParts(trace), RESULTS_PART],
      draw: (part) => {
        if (comparison.results && trace) drawLearnedPart(part, comparison.results, trace, outlets, painter.width);
      },
      start: () => followDatasetPresets(outlets.dataset, form, DATASET_PRESETS, () => state.running),
    };
  });
}
