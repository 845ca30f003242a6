/** The cost race's words: a table cell per figure and the sentence under the table. */
import type { CostEngine, CostPass, CostRow } from '../../../lab/index';

export function costCell(row: CostRow, engine: CostEngine, pass: CostPass): string {
  const ms = row.msPerMillion[engine][pass];
  const ratio = row.ratioToRelu[engine][pass];
  return `${ms.toFixed(ms < 10 ? 2 : 1)} (${Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : '–'})`;
}

/** Which activations cost more than ReLU on both engines, and how Swish compares. */
export function costSummary(rows: readonly CostRow[], backend: string): string {
  const swish = rows.find((row) => row.id === 'swish');
  const dearer = rows.filter((row) => row.ratioToRelu.lab.forwardBackward > 1 && row.ratioToRelu.tfjs.forwardBackward > 1).map((row) => row.name);
  const swishText = swish
    ? `Forward + backward, Swish took ${swish.ratioToRelu.lab.forwardBackward.toFixed(1)}× ReLU's time on lab's kernels and ${swish.ratioToRelu.tfjs.forwardBackward.toFixed(1)}× on TensorFlow.js (${backend}). `
    : '';
  return `${swishText}Dearer than ReLU on both engines here: ${dearer.length > 0 ? dearer.join(', ') : 'none'}. These are timings on this device at this moment; run again and they move.`;
}
