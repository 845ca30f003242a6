/** The derivative lab's controls: the function picker and, per function, its parameter inputs. */
import { getScalarActivation, listActivations, type ScalarActivation } from '../../../lab/index';

export function scalarEntries(): ScalarActivation[] {
  return listActivations().filter((entry): entry is ScalarActivation => entry.kind === 'scalar');
}

/** The chosen function; an unexpected value falls back to the first scalar entry. */
export function readEntry(picker: HTMLSelectElement): ScalarActivation {
  return scalarEntries().find((entry) => entry.id === picker.value) ?? getScalarActivation(scalarEntries()[0]!.id);
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
