/**
 * Labels → class indices. The order of classes depends only on which labels occur, never on the
 * order of the rows: numerically ascending when every label is a number ("2" before "10"),
 * otherwise by UTF-16 code units (the same in every browser and in Node, unlike localeCompare).
 */
import { quote } from '../experiments/text-values.ts';
import { isNumberText } from './cell-number.ts';
import { formatCount, refuseCsv } from './csv-problem.ts';
import { CSV_LIMITS } from './limits.ts';

export interface LabelClasses {
  classNames: string[];
  /** One class index per label. */
  ys: number[];
}

function compareClassNames(numeric: boolean) {
  return (a: string, b: string): number => {
    if (numeric && Number(a) !== Number(b)) return Number(a) - Number(b);
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/** labels: trimmed, non-empty label texts, one per row; labelName names the column in messages. */
export function labelClasses(labels: readonly string[], labelName: string): LabelClasses {
  const distinct = [...new Set(labels)];
  if (distinct.length < 2) {
    refuseCsv(`Every row has the label ${quote(distinct[0] ?? '')} in column ${quote(labelName)}; a classifier needs at least two classes.`);
  }
  if (distinct.length > CSV_LIMITS.classes) {
    refuseCsv(`Column ${quote(labelName)} has ${formatCount(distinct.length)} different values; at most ${CSV_LIMITS.classes} classes are supported (the label must name classes, not measure a quantity).`);
  }
  const classNames = distinct.sort(compareClassNames(distinct.every(isNumberText)));
  const indexOf = new Map(classNames.map((name, i) => [name, i]));
  return { classNames, ys: labels.map((label) => indexOf.get(label)!) };
}
