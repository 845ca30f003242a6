// The scale section's tables: samples per CPU second per engine and cell, who wins, and what engine
// 'auto' picks on wasm; then the in-page row beside its Node figures.
import { fmt, load, table } from './table.mjs';

const ENGINES = ['lab', 'tfjs-wasm', 'tfjs-cpu'];

function rates(cell, key) {
  return ENGINES.map((engine) => fmt.n(cell.engines[engine]?.[key]));
}

function verdict(cell) {
  if (cell.labOverWasm === null) return '—';
  return `${cell.ruleOnWasm}${cell.tie ? ' (tie)' : ''} ${cell.ruleAgrees ? 'agrees' : 'DISAGREES'}`;
}

export function formatScale(scale) {
  const parts = [`\nScale: training samples per CPU second (wall in brackets) on ${scale.trainSize} spiral points, tanh, Adam, in Node (${load(scale)})`, table(
    ['width × depth, batch', ...ENGINES.map((engine) => `${engine} /CPU-s`), ...ENGINES.map((engine) => `(${engine} /s)`), 'fastest', 'lab ÷ wasm', 'auto on wasm'],
    scale.cells.map((cell) => [cell.cell, ...rates(cell, 'samplesPerCpuSecond'), ...rates(cell, 'samplesPerSecond'), cell.winner,
      fmt.n(cell.labOverWasm, 2), verdict(cell)]),
  ), ...(scale.repeats > 1 ? [`cells near the crossover (lab and wasm only): the median of ${scale.repeats} runs each`] : []),
  `engine auto ${scale.ruleAgreesEverywhere ? 'picks the faster engine (or one within the tie band) at every cell' : 'DISAGREES with the measurement at some cells'}`];
  if (scale.page) {
    parts.push(`\nScale in the page (${scale.page.chapter}; main-thread CPU; ${scale.page.gpuNote})`, table(
      ['width × depth, batch', ...ENGINES.map((engine) => `${engine} /CPU-s`), ...ENGINES.map((engine) => `(${engine} /s)`), 'fastest', 'lab ÷ wasm', 'auto on wasm'],
      scale.page.cells.map((cell) => [cell.cell, ...rates(cell, 'samplesPerCpuSecond'), ...rates(cell, 'samplesPerSecond'), cell.winner,
        fmt.n(cell.labOverWasm, 2), verdict(cell)]),
    ));
  }
  return parts.join('\n');
}
