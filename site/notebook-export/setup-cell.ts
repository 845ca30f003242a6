/**
 * The notebook's first code cell: it imports what every cell on the chapter's page has without an
 * import (tf, Plot, display and the lab helpers), each only when some cell uses it, and sets Deno's
 * kernel up to show tensors and charts as the page does.
 */
import type { NotebookBundles } from './notebook-bundles.ts';

export interface SetupCellInput {
  /** Built-in names the cells use (see builtinsUsed). */
  used: readonly string[];
  bundles: NotebookBundles;
  labUrl: string;
  helpersUrl: string;
}

/** The names a cell on the page can use without importing them, lab's exports last. */
export function kernelBuiltins(labExports: readonly string[]): string[] {
  return ['tf', 'Plot', 'display', 'lab', ...labExports.filter((name) => !['tf', 'Plot', 'display', 'lab'].includes(name))];
}

const quoted = (text: string): string => JSON.stringify(text);

export function setupCellSource({ used, bundles, labUrl, helpersUrl }: SetupCellInput): string {
  const uses = (name: string): boolean => used.includes(name);
  const helpers = [...(uses('display') ? ['display'] : []), ...(uses('Plot') ? ['notebookPlot'] : []), 'showTensorValues'];
  const labNames = used.filter((name) => bundles.lab.exports.includes(name) && name !== 'tf');
  return [
    '// Run this cell first. It brings in what every cell on the chapter\'s page has without an import:',
    '// TensorFlow.js as tf, Observable Plot as Plot, display(), and the Activation Lab helpers the cells use.',
    `import * as tf from ${quoted(bundles.npmSpecifiers['@tensorflow/tfjs'])};`,
    ...(uses('Plot') ? [`import * as ObservablePlot from ${quoted(bundles.npmSpecifiers['@observablehq/plot'])};`] : []),
    `import { ${helpers.join(', ')} } from ${quoted(helpersUrl)};`,
    ...(labNames.length > 0 ? [`import { ${labNames.join(', ')} } from ${quoted(labUrl)};`] : []),
    ...(uses('lab') ? [`import * as lab from ${quoted(labUrl)};`] : []),
    '',
    'showTensorValues(tf); // a tensor shows its values, as on the page',
    ...(uses('Plot') ? ['const Plot = notebookPlot(ObservablePlot); // charts draw without a browser and show as SVG'] : []),
  ].join('\n');
}
