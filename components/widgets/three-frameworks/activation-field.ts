/**
 * The hidden activation as one setting: the picked catalog entry and the values of its parameters,
 * read from the fieldset of that entry (every entry with parameters has its own, shown while picked).
 * In a URL it is "id" or "id:name=value,name=value".
 */
import { getActivation, type ActivationChoice } from '../../../lab/index';
import { readNumberField } from '../../ui/controls/number-field';
import type { Field, FieldReading } from '../../ui/controls/settings-form';
import { paramControlId } from './three-frameworks-options';

function readParam(rootId: string, activationId: string, name: string): FieldReading<number> {
  const control = document.getElementById(paramControlId(rootId, activationId, name));
  if (control instanceof HTMLInputElement) return readNumberField(control);
  if (control instanceof HTMLSelectElement) return { ok: true, value: Number(control.value) };
  return { ok: false, reason: `The control for ${name} is missing.` };
}

/** Shows the parameters of the picked entry and hides the others'. */
export function showParamsOf(root: HTMLElement, activationId: string): void {
  root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-params-for]').forEach((fieldset) => {
    fieldset.hidden = fieldset.dataset.paramsFor !== activationId;
  });
}

export function activationField(root: HTMLElement, select: HTMLSelectElement): Field<ActivationChoice> {
  const read = (): FieldReading<ActivationChoice> => {
    const id = select.value;
    const params: Record<string, number> = {};
    for (const spec of getActivation(id).params) {
      const reading = readParam(root.id, id, spec.name);
      if (!reading.ok) return reading;
      params[spec.name] = reading.value;
    }
    return { ok: true, value: { id, params } };
  };
  const write = (choice: ActivationChoice): void => {
    select.value = choice.id;
    showParamsOf(root, choice.id);
    for (const [name, value] of Object.entries(choice.params ?? {})) {
      const control = document.getElementById(paramControlId(root.id, choice.id, name));
      if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = String(value);
    }
  };
  const toText = (choice: ActivationChoice): string => {
    const params = Object.entries(choice.params ?? {}).map(([name, value]) => `${name}=${value}`);
    return params.length > 0 ? `${choice.id}:${params.join(',')}` : choice.id;
  };
  const setText = (text: string): void => {
    const [id = '', list = ''] = text.split(':');
    const params = Object.fromEntries(list.split(',').filter(Boolean).map((pair) => pair.split('=')).map(([name, value]) => [name, Number(value)]));
    if ([...select.options].some((option) => option.value === id)) write({ id, params });
  };
  return { control: select, read, write, toText, setText };
}
