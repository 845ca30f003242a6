/**
 * The code beside the widget: the three programs and the CSV for the current settings, rewritten a
 * moment after the reader stops changing them (lab resolves the recipe; a real data set loads first).
 * A refusal from lab shows in place of new code; an older answer never overwrites a newer one.
 */
import { exportFileNames, loadRecipe, recipePrograms, type ResolvedRecipe } from '../../../lab/index';
import type { SettingsForm } from '../../ui/controls/settings-form';
import { errorMessage } from '../../ui/demo-run/error-message';
import type { ExportState } from './export-files';
import { settingsRecipe, type FrameworksSettings } from './three-frameworks-settings';
import { CODE_UPDATE_DELAY_MS } from './three-frameworks-options';

export interface CodeView {
  /** The programs, CSV and file names now shown. */
  readonly state: ExportState;
  /** Rewrites the code after the reader pauses. */
  schedule(): void;
  /** Shows the code of a recipe at once (the one about to train). */
  show(resolved: ResolvedRecipe): void;
}

function fill(root: HTMLElement, state: ExportState): void {
  for (const kind of ['keras', 'pytorch', 'tfjs'] as const) {
    root.querySelector(`[data-code="${kind}"]`)!.textContent = state.programs[kind];
  }
  for (const [kind, name] of Object.entries({ ...state.names })) {
    const span = root.querySelector(`[data-file-name="${kind}"]`);
    if (span) span.textContent = name;
  }
}

export function createCodeView(root: HTMLElement, form: SettingsForm<FrameworksSettings>, refusal: HTMLElement, onNewRecipe: () => void, initial: ExportState): CodeView {
  let state = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  const show = (resolved: ResolvedRecipe): void => {
    const programs = recipePrograms(resolved);
    // The CSV's file name says which data it holds (data set, noise, seed), so the CSV itself is not written to compare.
    if (programs.tfjs === state.programs.tfjs && programs.csvFileName === state.programs.csvFileName) return;
    state = { programs, names: exportFileNames(resolved) };
    fill(root, state);
    onNewRecipe();
  };
  const update = async (): Promise<void> => {
    const reading = form.read();
    if (!reading.ok) return;
    const ask = ++asked;
    try {
      const resolved = await loadRecipe(settingsRecipe(reading.settings));
      if (ask !== asked) return;
      refusal.textContent = '';
      show(resolved);
    } catch (error) {
      if (ask === asked) refusal.textContent = `The code was not updated: ${errorMessage(error)}`;
    }
  };
  return {
    get state() {
      return state;
    },
    schedule: () => {
      clearTimeout(timer);
      timer = setTimeout(() => void update(), CODE_UPDATE_DELAY_MS);
    },
    show,
  };
}
