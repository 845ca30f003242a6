/**
 * The framework table's content, computed from the activation catalog so it cannot drift from it:
 * one row per entry (catalog order), one cell per framework with its activation string, its calls
 * with defaults written out and its note, and numbered footnotes for the defaults that differ.
 * Plain data with no DOM, rendered by FrameworkTable.astro at build time.
 */
import type { ActivationEntry, FrameworkUsage } from '../../../lab/index';

export const FRAMEWORKS = [
  { key: 'keras', label: 'Keras 3' },
  { key: 'pytorch', label: 'PyTorch' },
  { key: 'tfjs', label: 'TensorFlow.js' },
] as const;

export type FrameworkKey = (typeof FRAMEWORKS)[number]['key'];

export interface TableCell {
  identifier: string | null;
  calls: readonly string[];
  note?: string;
  /** Footnote numbers of the defaults that differ for this entry (the same for all three cells of a row). */
  differences: readonly number[];
}

export interface TableRow {
  id: string;
  name: string;
  cells: Readonly<Record<FrameworkKey, TableCell>>;
}

export interface DifferenceFootnote {
  number: number;
  rowId: string;
  activation: string;
  setting: string;
  values: Readonly<Record<FrameworkKey, string>>;
}

export interface FrameworkTable {
  rows: TableRow[];
  differences: DifferenceFootnote[];
}

function cellOf(usage: FrameworkUsage, differences: readonly number[]): TableCell {
  return { identifier: usage.identifier, calls: usage.calls, ...(usage.note ? { note: usage.note } : {}), differences };
}

export function buildFrameworkTable(entries: readonly ActivationEntry[]): FrameworkTable {
  const differences: DifferenceFootnote[] = [];
  const rows = entries.map((entry): TableRow => {
    const numbers = (entry.frameworks.differingDefaults ?? []).map((difference) => {
      const number = differences.length + 1;
      differences.push({
        number,
        rowId: entry.id,
        activation: entry.name,
        setting: difference.setting,
        values: { keras: difference.keras, pytorch: difference.pytorch, tfjs: difference.tfjs },
      });
      return number;
    });
    const { keras, pytorch, tfjs } = entry.frameworks;
    return { id: entry.id, name: entry.name, cells: { keras: cellOf(keras, numbers), pytorch: cellOf(pytorch, numbers), tfjs: cellOf(tfjs, numbers) } };
  });
  return { rows, differences };
}

/** The footnote as one sentence, e.g. "Leaky ReLU, negative slope: Keras 3 0.2 …; PyTorch 0.01; …". */
export function describeDifference(footnote: DifferenceFootnote): string {
  const values = FRAMEWORKS.map(({ key, label }) => `${label} ${footnote.values[key]}`).join('; ');
  return `${footnote.activation}, ${footnote.setting.toLowerCase()}: ${values}.`;
}

/** A call cut after commas, brackets, equals signs and the dots between names, where a narrow cell may wrap it. */
export function wrapPoints(call: string): string[] {
  return call.split(/(?<=[,(=])|(?<=\.)(?=[A-Za-z_])/);
}

/** Anchor ids, so rows and footnotes can link to each other. */
export const rowAnchor = (id: string): string => `framework-row-${id}`;
export const footnoteAnchor = (number: number): string => `framework-default-${number}`;
