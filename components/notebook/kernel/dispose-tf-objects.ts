/**
 * Restart frees what the cells kept: every tensor, model, layer and optimizer reachable from the
 * old page scope (through arrays, plain objects, Maps, Sets and class instances) is disposed.
 */
import { isLayersModel, isTensor } from '../render/tf-values';

const MAX_VISITED = 20_000;

interface Disposable {
  dispose(): unknown;
  getClassName?: () => string;
}

function isDisposableTfObject(value: object): value is Disposable {
  const candidate = value as Partial<Disposable>;
  return typeof candidate.dispose === 'function' && (isTensor(value) || isLayersModel(value) || typeof candidate.getClassName === 'function');
}

function children(value: object): unknown[] {
  if (value instanceof Map) return [...value.keys(), ...value.values()];
  if (value instanceof Set || Array.isArray(value)) return [...value];
  if (ArrayBuffer.isView(value) || typeof (value as { nodeType?: unknown }).nodeType === 'number') return [];
  return Object.values(value);
}

/** Disposes the tfjs objects reachable from `root`; returns how many it disposed. */
export function disposeTfObjects(root: object): number {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  let disposed = 0;
  while (pending.length > 0 && seen.size < MAX_VISITED) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (isDisposableTfObject(value)) {
      try {
        if (!(isTensor(value) && value.isDisposed)) {
          value.dispose();
          disposed++;
        }
      } catch {
        // Already disposed through its model; nothing left to free.
      }
      continue;
    }
    try {
      pending.push(...children(value));
    } catch {
      // A proxy or exotic object that refuses to be walked keeps its contents.
    }
  }
  return disposed;
}
