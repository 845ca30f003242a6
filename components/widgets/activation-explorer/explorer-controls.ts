/**
 * The explorer's per-curve controls: a fieldset with the function picker and one control per plotted
 * parameter (a slider, or a select where the parameter is a choice between forms). The controls are
 * clones of the shared Slider and SelectField markup, kept in <template>s by the component.
 */
import { listActivations, type ParamSpec } from '../../../lab/index';
import { formatForInput } from '../../ui/demo-run/live-outputs';
import { seriesSwatch } from '../../ui/charts/series-swatch';
import { entryOf, plainSymbol, plottedParams, resolvedParams, shortName, type ExplorerCurve } from './explorer-curves';

export type ControlTemplates = Record<'slider' | 'select', HTMLTemplateElement>;

export interface CurveControlHandlers {
  /** A parameter moved: only this curve's value of it changed. */
  onParam(index: number, name: string, value: number): void;
  /** Another function was picked. */
  onFunction(index: number, id: string): void;
  onRemove(index: number): void;
}

/** A clone of the template's control, its label, input (or select) and readout pointed at `id`. */
function cloneControl(template: HTMLTemplateElement, id: string, visibleLabel: string, accessibleName = visibleLabel) {
  const node = template.content.firstElementChild?.cloneNode(true);
  if (!(node instanceof HTMLElement)) throw new Error('activation explorer: a control template is empty');
  const input = node.querySelector<HTMLInputElement & HTMLSelectElement>('input, select');
  const label = node.querySelector('label');
  if (!input || !label) throw new Error('activation explorer: a control template lacks its label or input');
  input.id = id;
  input.name = id;
  label.htmlFor = id;
  label.textContent = visibleLabel;
  if (accessibleName !== visibleLabel) input.setAttribute('aria-label', accessibleName);
  const output = node.querySelector('output');
  output?.setAttribute('for', id);
  if (output) output.dataset.liveFor = id;
  return { node, input, output };
}

/** A function picker's ids, or a parameter's numbered forms. */
type Choice = { value: string | number; label: string };

function selectFor(templates: ControlTemplates, id: string, label: string, choices: readonly Choice[], value: string | number) {
  const control = cloneControl(templates.select, id, label);
  control.input.replaceChildren(...choices.map((choice) => new Option(choice.label, String(choice.value), false, choice.value === value)));
  control.input.value = String(value);
  return control;
}

function parameterControl(templates: ControlTemplates, id: string, spec: ParamSpec, value: number) {
  if (spec.choices) return selectFor(templates, id, spec.label, spec.choices, value);
  const symbol = plainSymbol(spec);
  const control = cloneControl(templates.slider, id, symbol, symbol === spec.label ? spec.label : `${spec.label} (${symbol})`);
  Object.assign(control.input, { min: String(spec.min), max: String(spec.max), step: String(spec.step), value: String(value) });
  control.input.dataset.label = spec.label;
  control.output!.textContent = formatForInput(control.input);
  return control;
}

export function curveFieldset(
  rootId: string,
  index: number,
  curve: ExplorerCurve,
  removable: boolean,
  templates: ControlTemplates,
  handlers: CurveControlHandlers,
): HTMLFieldSetElement {
  const prefix = `${rootId}-curve-${index + 1}`;
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.append(seriesSwatch(index), `Curve ${index + 1}`);
  const functions = listActivations().map((entry) => ({ value: entry.id, label: entry.name }));
  const picker = selectFor(templates, `${prefix}-fn`, 'Function', functions, curve.id);
  picker.input.addEventListener('change', () => handlers.onFunction(index, picker.input.value));
  fieldset.append(legend, picker.node);

  const params = resolvedParams(curve);
  for (const spec of plottedParams(entryOf(curve))) {
    const { node, input } = parameterControl(templates, `${prefix}-${spec.name}`, spec, params[spec.name]!);
    input.addEventListener(spec.choices ? 'change' : 'input', () => handlers.onParam(index, spec.name, Number(input.value)));
    fieldset.append(node);
  }

  if (removable) {
    const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'remove', textContent: 'Remove' });
    remove.setAttribute('aria-label', `Remove curve ${index + 1}, ${shortName(entryOf(curve))}`);
    remove.addEventListener('click', () => handlers.onRemove(index));
    fieldset.append(remove);
  }
  return fieldset;
}
