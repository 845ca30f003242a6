/**
 * The explorer's per-curve controls: a fieldset with the function picker and one control per plotted
 * parameter (a slider, or a select where the parameter is a choice between forms). The controls are
 * clones of the shared Slider and SelectField markup, kept in <template>s by the component.
 */
import { listActivations, type ParamSpec } from '../../../lab/index';
import { formatForInput } from '../../ui/demo-run/live-outputs';
import { seriesSwatch } from '../../ui/charts/series-swatch';
import { entryOf, plainSymbol, plottedParams, resolvedParams, shortName, type ExplorerCurve } from './explorer-curves';

export interface ControlTemplates {
  slider: HTMLTemplateElement;
  select: HTMLTemplateElement;
}

export interface CurveControlHandlers {
  /** A parameter moved: only this curve's values changed. */
  onParams(index: number, params: Record<string, number>): void;
  /** Another function was picked. */
  onFunction(index: number, id: string): void;
  onRemove(index: number): void;
}

export function findTemplates(root: HTMLElement): ControlTemplates {
  const find = (name: string) => {
    const template = root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
    if (!template) throw new Error(`activation explorer: <template data-template="${name}"> is missing`);
    return template;
  };
  return { slider: find('slider'), select: find('select') };
}

function cloneOf(template: HTMLTemplateElement): HTMLElement {
  const node = template.content.firstElementChild?.cloneNode(true);
  if (!(node instanceof HTMLElement)) throw new Error('activation explorer: a control template is empty');
  return node;
}

/** Points a cloned control's label, input and readout at a new id. */
function relabel(node: HTMLElement, id: string, visibleLabel: string, accessibleName: string): void {
  const control = node.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
  const label = node.querySelector('label');
  if (!control || !label) throw new Error('activation explorer: a control template lacks its label or input');
  control.id = id;
  control.name = id;
  label.htmlFor = id;
  label.textContent = visibleLabel;
  if (accessibleName !== visibleLabel) control.setAttribute('aria-label', accessibleName);
  const output = node.querySelector('output');
  if (output) {
    output.setAttribute('for', id);
    output.dataset.liveFor = id;
  }
}

function sliderFor(templates: ControlTemplates, id: string, spec: ParamSpec, value: number): HTMLElement {
  const node = cloneOf(templates.slider);
  const symbol = plainSymbol(spec);
  relabel(node, id, symbol, symbol === spec.label ? spec.label : `${spec.label} (${symbol})`);
  const input = node.querySelector('input')!;
  input.min = String(spec.min);
  input.max = String(spec.max);
  input.step = String(spec.step);
  input.value = String(value);
  input.dataset.label = spec.label;
  input.dataset.param = spec.name;
  node.querySelector('output')!.textContent = formatForInput(input);
  return node;
}

function selectFor(templates: ControlTemplates, id: string, label: string, options: { value: string; label: string }[], value: string): HTMLElement {
  const node = cloneOf(templates.select);
  relabel(node, id, label, label);
  const select = node.querySelector('select')!;
  select.replaceChildren(...options.map((option) => new Option(option.label, option.value, false, option.value === value)));
  select.value = value;
  return node;
}

function readParams(fieldset: HTMLFieldSetElement): Record<string, number> {
  const params: Record<string, number> = {};
  fieldset.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-param]').forEach((control) => {
    const value = Number(control.value);
    if (Number.isFinite(value)) params[control.dataset.param!] = value;
  });
  return params;
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
  fieldset.append(legend);

  const options = listActivations().map((entry) => ({ value: entry.id, label: entry.name }));
  const picker = selectFor(templates, `${prefix}-fn`, 'Function', options, curve.id);
  picker.querySelector('select')!.addEventListener('change', (event) => handlers.onFunction(index, (event.target as HTMLSelectElement).value));
  fieldset.append(picker);

  const params = resolvedParams(curve);
  for (const spec of plottedParams(entryOf(curve))) {
    const id = `${prefix}-${spec.name}`;
    const value = params[spec.name]!;
    const control = spec.choices
      ? selectFor(templates, id, spec.label, spec.choices.map((choice) => ({ value: String(choice.value), label: choice.label })), String(value))
      : sliderFor(templates, id, spec, value);
    const input = control.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
    input.dataset.param = spec.name;
    input.addEventListener(spec.choices ? 'change' : 'input', () => handlers.onParams(index, readParams(fieldset)));
    fieldset.append(control);
  }

  if (removable) {
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove curve ${index + 1}, ${shortName(entryOf(curve))}`);
    remove.addEventListener('click', () => handlers.onRemove(index));
    fieldset.append(remove);
  }
  return fieldset;
}
