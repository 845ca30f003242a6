/**
 * The two ES modules a notebook imports by the site's URL: lab/ (the engine, through its front door
 * lab/index.ts) and the notebook helpers. Bundled with esbuild at build time; TensorFlow.js, Observable
 * Plot and linkedom stay outside as `npm:` imports of the versions the site itself installs, so a
 * notebook has one tfjs instance, the one its first cell imports. File names carry a content hash:
 * Deno caches a remote module for good, so a changed bundle must get a new URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

/** Packages a notebook imports from the npm registry rather than from the bundle (papaparse: its Node build needs `stream`). */
export const NOTEBOOK_PACKAGES = ['@tensorflow/tfjs', '@observablehq/plot', 'linkedom', 'papaparse'] as const;
export type NotebookPackage = (typeof NOTEBOOK_PACKAGES)[number];

export interface NotebookBundle {
  fileName: string;
  code: string;
  /** Names the module exports. */
  exports: string[];
}

export interface NotebookBundles {
  lab: NotebookBundle;
  helpers: NotebookBundle;
  /** `npm:name@version` for each package a notebook imports from the npm registry. */
  npmSpecifiers: Record<NotebookPackage, string>;
}

const ENTRY_POINTS = { lab: 'lab/index.ts', 'notebook-helpers': 'site/notebook-export/helpers/notebook-helpers.ts' } as const;

function installedVersion(root: string, name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Keeps the packages out of the bundle, imported from the npm registry at the installed version. */
function npmImports(specifiers: Record<string, string>): Plugin {
  const filter = new RegExp(`^(${Object.keys(specifiers).map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`);
  return {
    name: 'npm-imports',
    setup(builder) {
      builder.onResolve({ filter }, ({ path }) => ({ path: specifiers[path]!, external: true }));
    },
  };
}

/** Builds both modules; `root` is the project folder (where package.json and node_modules are). */
export async function buildNotebookBundles(root: string = process.cwd()): Promise<NotebookBundles> {
  const npmSpecifiers = Object.fromEntries(
    NOTEBOOK_PACKAGES.map((name) => [name, `npm:${name}@${installedVersion(root, name)}`]),
  ) as Record<NotebookPackage, string>;
  const result = await build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    entryNames: '[name]-[hash]',
    outdir: 'notebooks',
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // lab's '#tfjs-api' then names the umbrella '@tensorflow/tfjs' (lab/tfjs-node.ts), which the notebook imports from npm.
    conditions: ['node'],
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [npmImports(npmSpecifiers)],
  }).catch((error: unknown) => {
    // esbuild rejects with a list of messages that Astro's build prints as "undefined".
    const messages = (error as { errors?: { text: string; location?: { file: string; line: number } | null }[] }).errors;
    if (!messages) throw error;
    throw new Error(`Bundling lab/ for the notebooks failed: ${messages.map((m) => `${m.location ? `${m.location.file}:${m.location.line}: ` : ''}${m.text}`).join('; ')}`);
  });
  const bundleFor = (entry: string): NotebookBundle => {
    const [outputPath, output] = Object.entries(result.metafile.outputs).find(([, meta]) => meta.entryPoint === entry) ?? [];
    const file = result.outputFiles.find((candidate) => candidate.path.endsWith(outputPath ?? '\0'));
    if (!outputPath || !output || !file) throw new Error(`esbuild produced no bundle for ${entry}.`);
    return { fileName: outputPath.slice(outputPath.lastIndexOf('/') + 1), code: file.text, exports: output.exports };
  };
  return { lab: bundleFor(ENTRY_POINTS.lab), helpers: bundleFor(ENTRY_POINTS['notebook-helpers']), npmSpecifiers };
}
