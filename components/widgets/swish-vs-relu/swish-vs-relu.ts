/**
 * The Swish comparison's module, loaded when the widget nears the screen: a settings reader, a plan
 * and a view on the demo run skeleton. Train loads the real data set and trains ReLU, Swish-1 and
 * trained-β Swish once per seed; the table, the charts and the summary follow each finished run.
 */
import { findComparisonOutlets, followDatasetPresets, idOf } from '../../ui/comparison/comparison-form';
import { readSettings } from '../../ui/controls/read-settings';
import { SeedComparison } from '../../ui/comparison/seed-comparison-results';
import { mountDemo } from '../../ui/demo-run/demo-run';
import { DATASET_PRESETS, SWISH_SETTINGS, TRAINED_ARM, type SwishSettings } from './swish-vs-relu-config';
import { swishPlan } from './swish-vs-relu-plan';
import { drawSwishPart, PARTS, type SwishOutlets } from './swish-vs-relu-view';

const TARGET = { id: TRAINED_ARM, divergedReason: 'every trained-β run diverged', resultSuffix: 'for trained-β Swish' };

export function mount(root: HTMLElement): Promise<void> {
  return mountDemo<SwishSettings>(root, { name: 'swish comparison', watch: (find) => [find.byId(idOf(root, 'accuracy'))] }, ({ find, painter, state }) => {
    const outlets: SwishOutlets = { ...findComparisonOutlets(find, root), betaChart: find.byId(idOf(root, 'betas')), betaCaption: find.byId(idOf(root, 'betas-caption')) };
    const form = readSettings(SWISH_SETTINGS, find, root);
    const comparison = new SeedComparison<SwishSettings>(TARGET, outlets.current, (run) => painter.redraw('accuracy', ...(run.arm === TRAINED_ARM ? ['betas'] : [])));
    return {
      form,
      plan: (settings) => {
        outlets.current.textContent = 'Loading the data set…';
        return swishPlan(settings);
      },
      begin: (settings, plan) => {
        comparison.begin(settings, plan);
        painter.markAll();
      },
      listener: comparison.listener,
      figure: () => comparison.figure(),
      end: () => comparison.clearCurrent(),
      parts: () => PARTS,
      draw: (part) => {
        if (comparison.results) drawSwishPart(part, comparison.results, outlets, painter.width);
      },
      start: () => followDatasetPresets(outlets.dataset, form, DATASET_PRESETS, () => state.running),
    };
  });
}
