/** Which column is the label and which are the features, chosen by name. */
import { quote } from '../experiments/text-values.ts';
import { refuseCsv } from './csv-problem.ts';

export interface ColumnChoice {
  /** Column name of the label; by default the last column. */
  label?: string;
  /** Column names of the features, in the order the model sees them; by default every other column. */
  features?: readonly string[];
}

export interface ChosenColumns {
  labelIndex: number;
  featureIndices: number[];
}

const MAX_LISTED_COLUMNS = 12;

function listColumns(header: readonly string[]): string {
  const shown = header.slice(0, MAX_LISTED_COLUMNS).map((name) => quote(name)).join(', ');
  return header.length > MAX_LISTED_COLUMNS ? `${shown}, …` : shown;
}

function indexOfColumn(header: readonly string[], name: string, role: string): number {
  const index = header.indexOf(typeof name === 'string' ? name.trim() : name);
  if (index < 0) refuseCsv(`There is no column named ${quote(name)} for the ${role}; the columns are ${listColumns(header)}.`);
  return index;
}

export function chooseColumns(header: readonly string[], choice: ColumnChoice = {}): ChosenColumns {
  if (header.length < 2) refuseCsv('The file has a single column; it needs at least one feature column and a label column.');
  const labelIndex = choice.label === undefined ? header.length - 1 : indexOfColumn(header, choice.label, 'label');
  if (choice.features === undefined) {
    return { labelIndex, featureIndices: header.map((_, i) => i).filter((i) => i !== labelIndex) };
  }
  if (choice.features.length === 0) refuseCsv('Choose at least one feature column.');
  const featureIndices = choice.features.map((name) => indexOfColumn(header, name, 'features'));
  featureIndices.forEach((index, k) => {
    if (index === labelIndex) refuseCsv(`Column ${quote(header[index])} is the label; it cannot also be a feature.`);
    if (featureIndices.indexOf(index) !== k) refuseCsv(`Column ${quote(header[index])} is chosen twice as a feature.`);
  });
  return { labelIndex, featureIndices };
}
