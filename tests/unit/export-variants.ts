/** Every hidden activation at its defaults and with each parameter moved to another allowed value. */
import { listActivations, type ActivationChoice, type ActivationEntry } from '../../lab/index.ts';

function variantsOf(entry: ActivationEntry): Record<string, number>[] {
  const moved = entry.params.map((spec) => ({ [spec.name]: spec.choices?.find((choice) => choice.value !== spec.default)?.value ?? spec.max }));
  return [{}, ...moved, ...(entry.id === 'swish' ? [{ trainable: 1, perUnit: 1 }] : [])];
}

/** [label, choice] pairs, e.g. ['leaky-relu {"alpha":1}', { id: 'leaky-relu', params: { alpha: 1 } }]. */
export function activationVariants(): (readonly [string, ActivationChoice])[] {
  return listActivations({ hiddenOnly: true }).flatMap((entry) =>
    variantsOf(entry).map((params) => [`${entry.id} ${JSON.stringify(params)}`, { id: entry.id, params }] as const));
}
