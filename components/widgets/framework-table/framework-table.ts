/**
 * The framework table's content, computed from the activation catalog so it cannot drift from it:
 * one row per entry (catalog order), one cell per framework with its activation string, its calls
 * with defaults written out and its note, and numbered footnotes for the defaults that differ.
 * Plain data with no DOM, rendered by FrameworkTable.astro at build time.
 */
import type { ActivationEntry, DefaultDifference, FrameworkUsage } from '../../../lab/index';

export const FRAMEWORKS = [
  { key: 'keras', label: 'Keras 3' },
  { key: 'pytorch', label: 'PyTorch' },
  { key: 'tfjs', label: 'TensorFlow.js' },
] as const;

/** A differing default with its footnote number and the row it belongs to. */
export interface DifferenceFootnote extends DefaultDifference {
  number: number;
  rowId: string;
  activation: string;
}

export function buildFrameworkTable(entries: readonly ActivationEntry[]) {
  const differences: DifferenceFootnote[] = [];
  const rows = entries.map((entry) => {
    const numbers = (entry.frameworks.differingDefaults ?? []).map((difference) => {
      differences.push({ ...difference, number: differences.length + 1, rowId: entry.id, activation: entry.name });
      return differences.length;
    });
    /** Every cell of a row carries the footnote numbers of the row's differing defaults. */
    const cell = (usage: FrameworkUsage) => ({ ...usage, differences: numbers });
    const { keras, pytorch, tfjs } = entry.frameworks;
    return { id: entry.id, name: entry.name, cells: { keras: cell(keras), pytorch: cell(pytorch), tfjs: cell(tfjs) } };
  });
  return { rows, differences };
}

/** The footnote as one sentence, e.g. "Leaky ReLU, negative slope: Keras 3 0.2 …; PyTorch 0.01; …". */
export function describeDifference(footnote: DifferenceFootnote): string {
  const values = FRAMEWORKS.map(({ key, label }) => `${label} ${footnote[key]}`).join('; ');
  return `${footnote.activation}, ${footnote.setting.toLowerCase()}: ${values}.`;
}

/** A call cut after commas, brackets, equals signs and the dots between names, where a narrow cell may wrap it. */
export function wrapPoints(call: string): string[] {
  return call.split(/(?<=[,(=])|(?<=\.)(?=[A-Za-z_])/);
}

/** Anchor ids, so rows and footnotes can link to each other. */
export const rowAnchor = (id: string): string => `framework-row-${id}`;
export const footnoteAnchor = (number: number): string => `framework-default-${number}`;
