/**
 * Reads a demo's settings through its description (settings-description.ts): finds each control that
 * SettingsFields.astro drew, by the same id, and gives the settings form over them (reading with every
 * refusal shown beside its field, writing back, and the same settings as link parameters). Each field
 * shows its refusal as the reader types, before Train is pressed.
 */
import type { WidgetElementFinder } from '../demo-run/widget-elements';
import { checkboxField, checkboxGroupField, numberField, selectField, settingsForm, type Field, type Fields, type SettingsForm } from './settings-form';
import { controlId, parseOption, type Setting, type SettingsDescription, type SettingsOf } from './settings-description';

function fieldOf(setting: Setting, id: string, find: WidgetElementFinder): Field<unknown> {
  switch (setting.kind) {
    case 'number':
    case 'integer':
      return numberField(find.byId(id)) as Field<unknown>;
    case 'checkbox':
      return checkboxField(find.byId(id)) as Field<unknown>;
    case 'checklist':
      return checkboxGroupField(find.byId(id), find.byId(`${id}-error`), setting.check) as Field<unknown>;
    case 'choice':
      return selectField(find.byId(id), setting.parse ?? ((text) => parseOption(setting, text)));
  }
}

/** The settings form of a widget whose root is `root`, over every setting in `description`. */
export function readSettings<D extends SettingsDescription>(description: D, find: WidgetElementFinder, root: HTMLElement): SettingsForm<SettingsOf<D>> {
  const fields = Object.fromEntries(Object.entries(description).map(([key, setting]) => [key, fieldOf(setting, controlId(root.id, key, setting), find)]));
  const form = settingsForm(fields as Fields<SettingsOf<D>>);
  form.validateWhileTyping();
  return form;
}
