// Tells the bundler that importing a lab module only defines things, which is true of lab/ but for the
// few files listed in LAB_FILES_WITH_IMPORT_EFFECTS (tests/unit/lab-side-effects.test.ts reads every
// lab file and holds the list). Widgets import lab through its front door, lab/index.ts, which
// re-exports every room; without this, the bundler kept every room a widget's import reached and put
// all of lab in one shared chunk that every demo loaded whole (issue 18: 71 KB gzip). With it, each
// chunk carries only the lab modules whose exports a page's code uses.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const LAB = path.join(ROOT, 'lab') + path.sep;
const SCRIPT = /\.(ts|mjs|js)$/;

/**
 * lab files that do something when imported: the browser's tfjs-core entry registers tfjs's gradients,
 * chained tensor methods and the cpu backend's factory, tfjs-cpu-browser.ts the cpu kernels; the
 * experiment CLI and its worker thread (Node only) run.
 */
export const LAB_FILES_WITH_IMPORT_EFFECTS = [
  'lab/tfjs-core-browser.ts',
  'lab/tfjs-cpu-browser.ts',
  'lab/experiments/cli.ts',
  'lab/experiments/pool/node-worker.ts',
];

const withEffects = new Set(LAB_FILES_WITH_IMPORT_EFFECTS.map((file) => path.join(ROOT, file)));

/** True for a bundler module id (an absolute path, perhaps with a query) of a lab script free of import effects. */
export function labModuleWithoutEffects(id) {
  const file = id.split('?')[0];
  return file.startsWith(LAB) && SCRIPT.test(file) && !withEffects.has(file);
}

/** A Vite plugin that marks those lab modules free of side effects, leaving their code as it is. */
export function labWithoutSideEffects() {
  return {
    name: 'activation-lab:lab-without-side-effects',
    transform(code, id) {
      return labModuleWithoutEffects(id) ? { code, map: null, moduleSideEffects: false } : null;
    },
  };
}
