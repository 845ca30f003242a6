/** The bias race's settings: seed, shift and the classifier's epochs. */
import { numberField, settingsForm, type SettingsForm } from '../../ui/controls/settings-form';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import type { BiasRaceSettings } from './bias-race-dom';

export function biasRaceForm(find: WidgetElementFinder, root: HTMLElement): SettingsForm<BiasRaceSettings> {
  const input = (suffix: string) => numberField(find.byId(`${root.id}-${suffix}`));
  return settingsForm<BiasRaceSettings>({ seed: input('seed'), shift: input('shift'), epochs: input('epochs') });
}
