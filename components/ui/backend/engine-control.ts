/**
 * A demo bar's "Train with" select: shows the site-wide engine setting, changes it for every bar
 * (and remembers it), follows changes made elsewhere, and passes on a refused ?engine= value.
 */
import type { EngineChoice } from '../../../lab/index';
import { chooseEngine, currentEngineSetting, onEngineChoice } from './engine-setting';

/** Wires the bar's select, if the markup has one; `say` shows the notice for a refused address value. */
export function wireEngineControl(root: HTMLElement, say: (message: string) => void): void {
  const { choice, notice } = currentEngineSetting();
  if (notice) say(notice);
  const select = root.querySelector<HTMLSelectElement>('[data-part="engine-choice"]');
  if (!select) return;
  select.value = choice;
  select.addEventListener('change', () => chooseEngine(select.value as EngineChoice));
  onEngineChoice((next) => {
    select.value = next;
  });
}

/** The engine the next Train uses. */
export function engineForNextRun(): EngineChoice {
  return currentEngineSetting().choice;
}
