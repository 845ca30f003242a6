/** The derivative lab's controls: the function picker and, per function, its parameter inputs. */
import { getScalarActivation, listActivations, type ScalarActivation } from '../../../lab/index';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';

export type DerivativeElements = ReturnType<typeof findDerivativeElements>;

export function findDerivativeElements(root: HTMLElement) {
  const id = root.id;
  const { byId, part } = widgetElementFinder('derivative lab', root);
  return {
    activation: byId<HTMLSelectElement>(`${id}-activation`),
    chart: byId(`${id}-chart`),
    chartCaption: byId(`${id}-chart-caption`),
    readout: part('readout'),
    results: part('results'),
    resultsBody: part('results-body'),
  };
}

export function scalarEntries(): ScalarActivation[] {
  return listActivations().filter((entry): entry is ScalarActivation => entry.kind === 'scalar');
}

/** The chosen function; an unexpected value falls back to the first scalar entry. */
export function readEntry(elements: DerivativeElements): ScalarActivation {
  const id = elements.activation.value;
  return scalarEntries().find((entry) => entry.id === id) ?? getScalarActivation(scalarEntries()[0]!.id);
}

/** The values of one function's parameter inputs (sliders clamp to their range; selects offer only valid choices). */
export function readParams(root: HTMLElement, entry: ScalarActivation): Record<string, number> {
  const params: Record<string, number> = {};
  for (const spec of entry.params) {
    if (spec.trainingOnly) continue;
    const input = document.getElementById(`${root.id}-${entry.id}-${spec.name}`) as HTMLInputElement | HTMLSelectElement | null;
    const value = input ? Number(input.value) : spec.default;
    params[spec.name] = Number.isFinite(value) ? value : spec.default;
  }
  return params;
}

export function showParamsFor(root: HTMLElement, entryId: string): void {
  root.querySelectorAll<HTMLElement>('[data-params-for]').forEach((group) => {
    group.hidden = group.dataset.paramsFor !== entryId;
  });
}
