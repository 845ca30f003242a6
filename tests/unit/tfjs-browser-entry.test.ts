/**
 * The browser's TensorFlow.js (lab/tfjs-browser.ts: core + layers + cpu, not the umbrella package)
 * still has everything the site uses: every tf.name written in lab/, components/ and the chapters'
 * cells, gradients, chained tensor methods, string activations, optimizers, initializers and the
 * 'downloads://' save handler; and it stays slim (no converter, no tfjs-data, no webgl backend).
 * Its core part (lab/tfjs-core-browser.ts), which a page loads first, has every name but layers'.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as umbrella from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import * as tf from '../../lab/tfjs-browser.ts';
import * as full from '../../lab/tfjs-browser-full.ts';
import * as core from '../../lab/tfjs-core-browser.ts';

await tf.setBackend('cpu');

const SOURCE_ROOTS = ['lab', 'components', 'content'];
const SOURCE_FILE = /\.(ts|astro|mdx)$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(entry.name) ? [path] : [];
  });
}

/** "layers.dense", "tidy", … : every tf.a or tf.a.b path the site's own code and cells name. */
function namedPaths(): string[] {
  const paths = new Set<string>();
  for (const file of SOURCE_ROOTS.flatMap(sourceFiles)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\btf\.([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?/g)) {
      paths.add(match[2] ? `${match[1]}.${match[2]}` : match[1]);
    }
  }
  return [...paths].sort();
}

function lookup(root: object, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root);
}

describe('the browser tfjs entry', () => {
  it('has every runtime name the site uses (types such as tf.Tensor2D aside)', () => {
    const paths = namedPaths();
    expect(paths.length).toBeGreaterThan(80);
    const runtime = paths.filter((path) => lookup(umbrella, path) !== undefined);
    expect(runtime).toContain('layers.dense');
    expect(runtime.filter((path) => lookup(tf, path) === undefined)).toEqual([]);
  });

  it('trains a layers model with a string activation, an initializer and Adam, gradients included', async () => {
    const model = tf.sequential({ layers: [
      tf.layers.dense({ units: 4, inputShape: [2], activation: 'gelu_new', kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }),
      tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.heNormal({ seed: 4 }) }),
    ] });
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'binaryCrossentropy' });
    const xs = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);
    const ys = tf.tensor2d([[0], [1], [1], [1]]);
    const history = await model.fit(xs, ys, { epochs: 30, batchSize: 4, verbose: 0, shuffle: false });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]);
    tf.dispose([xs, ys]);
    model.dispose();
  });

  it('has gradients and chained tensor methods', () => {
    const slope = tf.tidy(() => tf.grad((x: tf.Tensor) => x.square().mul(3))(tf.scalar(2)).dataSync()[0]);
    expect(slope).toBeCloseTo(12, 5);
  });

  it("saves through 'downloads://' in a browser", () => {
    const wasBrowser = tf.env().getBool('IS_BROWSER');
    tf.env().set('IS_BROWSER', true);
    try {
      expect(tf.io.getSaveHandlers('downloads://model')).toHaveLength(1);
    } finally {
      tf.env().set('IS_BROWSER', wasBrowser);
    }
  });

  it('leaves out what the site never uses: the converter, tfjs-data and the webgl backend', () => {
    for (const name of ['loadGraphModel', 'data', 'webgl', 'GraphModel']) expect(lookup(umbrella, name), name).toBeDefined();
    for (const name of ['loadGraphModel', 'data', 'webgl', 'GraphModel']) expect(lookup(tf, name), name).toBeUndefined();
    expect(tf.findBackendFactory('webgl')).toBeNull();
    expect(tf.findBackendFactory('cpu')).not.toBeNull();
  });

  it('names only what the site uses, so the bundler can leave the rest out; the cells\' full API shares its engine', () => {
    for (const name of ['sqrt', 'browser', 'conv2d', 'fft']) {
      expect(lookup(umbrella, name), name).toBeDefined();
      expect(lookup(tf, name), name).toBeUndefined();
      expect(lookup(full, name), name).toBeDefined();
    }
    expect(full.engine()).toBe(tf.engine());
    const before = tf.memory().numTensors;
    const x = full.sqrt(tf.scalar(9));
    expect(tf.memory().numTensors).toBe(before + 2);
    expect(x.dataSync()[0]).toBe(3);
    tf.dispose(x);
  });

  it('has a core part with every name but layers\', sharing the engine and gradients', () => {
    const layersNames = ['LayerVariable', 'LayersModel', 'Sequential', 'initializers', 'layers', 'loadLayersModel', 'model', 'sequential'];
    for (const name of layersNames) {
      expect(lookup(tf, name), name).toBeDefined();
      expect(lookup(core, name), name).toBeUndefined();
    }
    const coreNames = Object.keys(tf).filter((name) => !layersNames.includes(name));
    expect(coreNames.length).toBeGreaterThan(80);
    expect(coreNames.filter((name) => lookup(core, name) !== lookup(tf, name))).toEqual([]);
    expect(core.engine()).toBe(tf.engine());
    expect(core.getBackend()).toBe('cpu');
    const slope = core.tidy(() => core.grad((x: tf.Tensor) => x.square().mul(3))(core.scalar(2)).dataSync()[0]);
    expect(slope).toBeCloseTo(12, 5);
  });
});
