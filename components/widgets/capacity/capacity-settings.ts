/** The capacity widget's settings (depth, seed, epochs), and the width picker's words. */
import { DEPTHS, isDepth, type Depth } from '../../../lab/index';
import { numberField, selectField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';

export interface CapacitySettings {
  depth: Depth;
  seed: number;
  epochs: number;
}

export function capacityForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<CapacitySettings> {
  return settingsForm<CapacitySettings>({
    depth: selectField(find.byId(`${root.id}-depth`), (text) => {
      const depth = Number(text);
      return isDepth(depth) ? { ok: true, value: depth } : { ok: false, reason: `Choose ${DEPTHS.join(' or ')} hidden layers.` };
    }),
    seed: numberField(find.byId(`${root.id}-seed`)),
    epochs: numberField(find.byId(`${root.id}-epochs`)),
  });
}

/** Points the width slider at one of the widths and says which, for eyes and for screen readers. */
export function showWidthChoice(slider: HTMLInputElement, output: HTMLElement, widths: readonly number[], index: number): void {
  slider.max = String(widths.length - 1);
  slider.value = String(index);
  const text = `${widths[index]} units`;
  slider.setAttribute('aria-valuetext', text);
  output.textContent = text;
}
