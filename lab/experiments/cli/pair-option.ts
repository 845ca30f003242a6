/**
 * `--pair a,b`: the two activations whose paired difference the CLI reports besides each against the
 * best, written as --activations writes them (relu,leaky-relu:alpha=0.2). Checked before anything
 * trains: both must be in the grid, and they must differ.
 */
import { ACTIVATION_SEPARATOR, activationLabel, formatActivation, readActivationList } from '../activation-list.ts';
import type { ExperimentConfig } from '../definition.ts';

export type PairReading = { ok: true; pair: [string, string] } | { ok: false; problem: string };

export function readPairOption(text: string, config: ExperimentConfig): PairReading {
  const items = text.split(ACTIVATION_SEPARATOR).map((item) => item.trim());
  if (items.length !== 2 || items.some((item) => item === '')) return { ok: false, problem: `--pair names two activations, like --pair relu,tanh; got "${text.slice(0, 60)}".` };
  const inGrid = new Set(config.activations.map(formatActivation));
  const pair: string[] = [];
  for (const item of items) {
    const { activations: [activation], notices } = readActivationList(item);
    if (activation === undefined) return { ok: false, problem: `--pair: ${notices.join(' ') || `"${item}" is not an activation.`}` };
    if (!inGrid.has(formatActivation(activation))) {
      return { ok: false, problem: `--pair: ${formatActivation(activation)} is not in this grid's activations (${[...inGrid].join(', ')}).` };
    }
    pair.push(activationLabel(activation));
  }
  const [first, second] = pair as [string, string];
  if (first === second) return { ok: false, problem: `--pair: pick two different activations; ${first} against itself has no difference to measure.` };
  return { ok: true, pair: [first, second] };
}
