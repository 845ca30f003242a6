/** Short names for catalog activations, for chart labels and table rows ("Swish" rather than "Swish (SiLU when β = 1)"). */
import type { ActivationEntry } from '../../../lab/index';

/** Names the catalog spells at length or shares between entries. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  tanh: 'Tanh',
  'gelu-tanh': 'GELU-tanh',
};

export function shortName(entry: Pick<ActivationEntry, 'id' | 'name'>): string {
  return SHORT_NAMES[entry.id] ?? entry.name.replace(/\s*\(.*\)\s*$/, '');
}
