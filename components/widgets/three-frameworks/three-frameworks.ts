/**
 * The three-frameworks widget's module: a settings reader, a plan and a view on the demo run skeleton.
 * Train has lab train the recipe (on tfjs, as the generated program does) and read back the trained
 * model's saved form and its first predictions; the code follows the settings; everything downloads.
 */
import {
  FIRST_PREDICTIONS, FRAMEWORKS_PRESET, exportFileNames, frameworkPrograms, loadRecipe, modelFiles, readPredictions, recipePlan, resolveRecipe,
  type ResolvedRecipe,
} from '../../../lab/index';
import { textTableRow } from '../../ui/charts/table-row';
import { mountDemo, type Figure } from '../../ui/demo-run/demo-run';
import { showParamsOf } from './activation-field';
import { createCodeView } from './code-view';
import { copyCode, saveExport, type ExportKind } from './export-files';
import { frameworksForm, settingsRecipe, type FrameworksSettings } from './three-frameworks-settings';

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

export function mount(root: HTMLElement): Promise<void> {
  return mountDemo<FrameworksSettings>(root, { name: 'three-frameworks widget', tfjs: true, tfjsModels: true, watch: () => [] }, ({ find }) => {
    const form = frameworksForm(find, root);
    const predictions = find.part('predictions');
    const modelLinks = find.part('model-downloads');
    const modelPending = find.part('model-pending');
    const showModel = (ready: boolean): void => {
      modelLinks.hidden = !ready;
      modelPending.hidden = ready;
    };
    const preset = resolveRecipe(FRAMEWORKS_PRESET);
    // New settings, new code: the model trained before no longer matches it (the new state has none).
    const code = createCodeView(root, form, find.part('refusal'), () => {
      showModel(false);
      predictions.hidden = true;
    }, { programs: frameworkPrograms(FRAMEWORKS_PRESET), names: exportFileNames(preset) });
    let trained: ResolvedRecipe | undefined;
    return {
      form,
      plan: async (chosen) => {
        trained = await loadRecipe(settingsRecipe(chosen));
        code.show(trained);
        return recipePlan(trained);
      },
      begin: () => {
        code.state.model = undefined;
        showModel(false);
        predictions.hidden = true;
      },
      figure: (outcome): Figure => {
        const record = outcome.records[0];
        if (!record || !trained) return { kind: 'error', message: 'the run left no record.' };
        if (record.status === 'diverged') return { kind: 'diverged', epoch: record.epochs, reason: `the loss became ${record.metrics.loss}` };
        const saved = record.probes['saved-model'];
        const probabilities = record.probes.predictions;
        const accuracy = record.metrics.testAccuracy;
        if (!saved || !probabilities || accuracy === undefined) return { kind: 'error', message: 'the trained model was not read back.' };
        code.state.model = modelFiles(saved, trained);
        showModel(true);
        const rows = readPredictions(probabilities, trained.dataset.test.ys.slice(0, FIRST_PREDICTIONS));
        const classes = trained.dataset.classNames;
        const named = (label: number) => (classes?.[label] ? `${label} (${classes[label]})` : String(label));
        find.part('predictions-body').replaceChildren(
          ...rows.map((row, index) => textTableRow([String(index + 1), named(row.label), named(row.predicted), row.probability.toFixed(4)])),
        );
        predictions.hidden = false;
        find.part('readout').textContent = `Test accuracy ${percent(accuracy)} after ${record.epochs} epochs on ${record.backend}. The model below is this one.`;
        return { kind: 'done', value: accuracy, format: percent };
      },
      parts: () => [],
      draw: () => undefined,
      start: () => {
        const activation = find.byId<HTMLSelectElement>(`${root.id}-activation`);
        activation.addEventListener('change', () => showParamsOf(root, activation.value));
        root.addEventListener('input', () => code.schedule());
        root.addEventListener('change', () => code.schedule());
        root.addEventListener('click', (event) => {
          const button = (event.target as Element).closest<HTMLButtonElement>('button[data-download], button[data-copy]');
          if (!button) return;
          const copy = button.dataset.copy as 'keras' | 'pytorch' | 'tfjs' | undefined;
          if (!copy) return saveExport(button.dataset.download as ExportKind, code.state);
          const at = (name: string) => root.querySelector<HTMLElement>(`[data-${name}="${copy}"]`)!;
          void copyCode(code.state.programs[copy], at('copy-status'), at('copy-fallback') as HTMLTextAreaElement);
        });
        showParamsOf(root, activation.value);
        code.schedule();
      },
    };
  });
}
