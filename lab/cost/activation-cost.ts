/**
 * The cost race: how long each hidden activation of the catalog takes per million elements, forward
 * and forward + backward, on the two engines: lab's array kernels (the entry's arrayKernel) and the
 * tfjs ops (the entry's apply, its gradient by tf.grad) on the current backend. Every timing is one
 * short task (a block of elements, repeated for a few milliseconds), and the page gets a turn between
 * them; each figure is the fastest of its repeats, because a busy machine can only add time to a
 * block (with the median, two preempted ReLU blocks made Swish look cheaper than ReLU under load).
 * Ratios are to ReLU on the same engine and pass.
 */
import { tf } from '../tfjs.ts';
import { createRng } from '../rng.ts';
import { listActivations } from '../activations/catalog.ts';
import type { ScalarActivation } from '../activations/types.ts';
import { yieldToEventLoop } from '../train/yield.ts';

export type CostPass = 'forward' | 'forwardBackward';
export type CostEngine = 'lab' | 'tfjs';

export interface CostRaceOptions {
  seed: number;
  /** Elements per block (default 2¹⁴: under 15 ms even for GELU's tfjs gradient on a busy 2-CPU machine). */
  blockSize?: number;
  /** Timed rounds per figure, after one warm-up round (default 3). */
  repeats?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface CostRow {
  id: string;
  name: string;
  /** Milliseconds per million elements, by engine and pass. */
  msPerMillion: Record<CostEngine, Record<CostPass, number>>;
  /** The same figures divided by ReLU's. */
  ratioToRelu: Record<CostEngine, Record<CostPass, number>>;
}

export interface CostRaceResult {
  rows: CostRow[];
  blockSize: number;
  repeats: number;
  backend: string;
  stopped: boolean;
}

const DEFAULT_BLOCK = 1 << 14;
const DEFAULT_REPEATS = 3;
/**
 * A timed task repeats its block for at least this long (and stops soon after): 20 times the 0.1 ms to
 * which browsers round performance.now(), and short enough that the whole race (68 contenders, three
 * timed rounds after one untimed warm-up call each) takes about a second.
 */
const MIN_TIMED_MS = 2;
const ENGINES: readonly CostEngine[] = ['lab', 'tfjs'];
const PASSES: readonly CostPass[] = ['forward', 'forwardBackward'];

/** One timed task, returning the milliseconds one block takes; `warm` runs the block once, untimed. */
type TimedBlock = (() => number) & { warm: () => void };

/**
 * Runs `once` again and again until at least MIN_TIMED_MS have passed and returns the milliseconds
 * per run: browsers coarsen performance.now() (to 0.1 ms without cross-origin isolation), too coarse
 * for one fast block, and the task stays short.
 */
function timed(once: () => void): TimedBlock {
  const measure = () => {
    const start = performance.now();
    let runs = 0;
    let elapsed = 0;
    do {
      once();
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < MIN_TIMED_MS);
    return elapsed / runs;
  };
  return Object.assign(measure, { warm: once });
}

function labBlock(entry: ScalarActivation, pass: CostPass, z: Float32Array): TimedBlock {
  const kernel = entry.arrayKernel?.();
  if (!kernel) throw new Error(`Cost race: ${entry.name} has no array kernel.`);
  const a = new Float32Array(z.length);
  const g = new Float32Array(z.length);
  return timed(() => {
    kernel.apply(z, a, z.length);
    if (pass === 'forwardBackward') {
      g.fill(1);
      kernel.backprop(z, a, g, z.length);
    }
  });
}

function tfjsBlock(entry: ScalarActivation, pass: CostPass, x: tf.Tensor, dy: tf.Tensor): TimedBlock {
  const gradient = tf.grad((input: tf.Tensor) => entry.apply(input));
  return timed(() => {
    const out = tf.tidy(() => (pass === 'forward' ? entry.apply(x) : gradient(x, dy)));
    out.dataSync();
    out.dispose();
  });
}

/** The hidden activations, each at its defaults (PReLU and Swish with their slopes and β fixed). */
export function costRaceEntries(): ScalarActivation[] {
  return listActivations().filter((entry): entry is ScalarActivation => entry.kind === 'scalar' && entry.hiddenUsable);
}

interface Contender {
  id: string;
  engine: CostEngine;
  pass: CostPass;
  block: TimedBlock;
  times: number[];
}

/**
 * Round after round, every contender times one block, so a busy moment on the machine spreads over
 * all of them instead of landing on one; the first round only warms up (one untimed call per block
 * compiles the loops and ops).
 */
export async function runCostRace(options: CostRaceOptions): Promise<CostRaceResult> {
  const blockSize = options.blockSize ?? DEFAULT_BLOCK;
  const repeats = options.repeats ?? DEFAULT_REPEATS;
  const rng = createRng(options.seed);
  const z = Float32Array.from({ length: blockSize }, () => rng.normal(0, 2));
  const entries = costRaceEntries();
  const x = tf.tensor1d(z);
  const dy = tf.onesLike(x);
  const contenders: Contender[] = entries.flatMap((entry) => ENGINES.flatMap((engine) => PASSES.map((pass) => ({
    id: entry.id, engine, pass, times: [],
    block: engine === 'lab' ? labBlock(entry, pass, z) : tfjsBlock(entry, pass, x, dy),
  }))));
  const total = contenders.length * (repeats + 1);
  let done = 0;
  let stopped = false;
  try {
    for (let round = 0; round <= repeats && !stopped; round++) {
      for (const contender of contenders) {
        await yieldToEventLoop();
        if (options.signal?.aborted) {
          stopped = true;
          break;
        }
        if (round === 0) contender.block.warm();
        else contender.times.push(contender.block());
        options.onProgress?.(++done, total);
      }
    }
  } finally {
    x.dispose();
    dy.dispose();
  }
  const figures = new Map<string, Record<CostEngine, Record<CostPass, number>>>();
  if (!stopped) {
    for (const { id, engine, pass, times } of contenders) {
      const byEngine = figures.get(id) ?? { lab: { forward: NaN, forwardBackward: NaN }, tfjs: { forward: NaN, forwardBackward: NaN } };
      byEngine[engine][pass] = (Math.min(...times) * 1e6) / blockSize;
      figures.set(id, byEngine);
    }
  }
  return { rows: toRows(entries, figures), blockSize, repeats, backend: tf.getBackend(), stopped };
}

function toRows(entries: readonly ScalarActivation[], figures: Map<string, Record<CostEngine, Record<CostPass, number>>>): CostRow[] {
  const relu = figures.get('relu');
  return entries.flatMap((entry) => {
    const msPerMillion = figures.get(entry.id);
    if (!msPerMillion) return [];
    const ratio = (engine: CostEngine, pass: CostPass) => (relu ? msPerMillion[engine][pass] / relu[engine][pass] : NaN);
    const ratioToRelu = {
      lab: { forward: ratio('lab', 'forward'), forwardBackward: ratio('lab', 'forwardBackward') },
      tfjs: { forward: ratio('tfjs', 'forward'), forwardBackward: ratio('tfjs', 'forwardBackward') },
    };
    return [{ id: entry.id, name: entry.name, msPerMillion, ratioToRelu }];
  });
}
