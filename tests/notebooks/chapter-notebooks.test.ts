/**
 * Every chapter notebook the build exported runs top to bottom in real Jupyter (nbclient with the
 * Deno kernel), and each code cell shows the numbers the same cell shows on the chapter's page.
 * The notebooks import lab/ from the site's URL; a deno.json import map sends that URL to the
 * local server that serves this build.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtSiteDir, chapterPathsFromBuiltLanding } from '../e2e/support/built-site.ts';
import { launchBrowser, runAllCells, type PageCellOutput } from './support/page-outputs.ts';
import { missingFrom } from './support/shown-numbers.ts';
import { notebookTools, runProgram } from './support/tools.ts';

interface ExecutedCell {
  metadata: { activation_lab?: { page_cell?: number; setup?: boolean; exercise?: { id: string; role: string } }; tags?: string[] };
  outputs: { type: string; text?: string; data?: Record<string, string> }[];
}
interface ExecutedNotebook {
  path: string;
  seconds: number;
  error: string | null;
  cells: ExecutedCell[];
}

const NOTEBOOK_DIR = join(builtSiteDir(), 'notebooks');
const NOTEBOOKS = readdirSync(NOTEBOOK_DIR).filter((name) => name.endsWith('.ipynb')).sort();
const RUNNER = resolve(import.meta.dirname, 'execute_notebooks.py');
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;
/** tfjs's advice to install its Node backend, printed once per kernel. */
/** What the page shows under a cell that only declares names. */
const DECLARATION_ONLY = /^Done\. Defined [^\n]*\.$/;
const TFJS_BANNER = /Hi, looks like you are running TensorFlow\.js in Node\.js/;

function outputText(cell: ExecutedCell): string {
  return cell.outputs
    .flatMap((output) => [output.text ?? '', ...Object.values(output.data ?? {})])
    .filter((text) => !TFJS_BANNER.test(text))
    .join('\n')
    .replace(ANSI_COLOUR, '')
    .replace(/<[^>]+>/g, ' ');
}

let executed: Map<string, ExecutedNotebook>;
let browser: Browser;
let workDir: string;

beforeAll(async () => {
  const tools = notebookTools();
  const metadata = JSON.parse(await readFile(join(NOTEBOOK_DIR, NOTEBOOKS[0]!), 'utf8')).metadata.activation_lab;
  const siteRoot = String(metadata.lab_module).replace(/notebooks\/[^/]+$/, '');
  workDir = await mkdtemp(join(tmpdir(), 'chapter-notebooks-'));
  // nodeModulesDir "auto": Deno keeps the npm packages here instead of looking for the project's node_modules.
  await writeFile(join(workDir, 'deno.json'), JSON.stringify({ nodeModulesDir: 'auto', imports: { [siteRoot]: `${inject('siteOrigin')}/` } }));
  const resultsPath = join(workDir, 'results.json');
  const started = performance.now();
  await runProgram(tools.python, [RUNNER, tools.kernel, workDir, resultsPath, ...NOTEBOOKS.map((name) => join(NOTEBOOK_DIR, name))], {
    cwd: workDir,
    env: { ...process.env, DENO_DIR: join(tools.cache, 'deno-dir'), NO_COLOR: '1' },
  }).catch(() => undefined); // a failed notebook is reported by its own test below, from the results file
  const results = JSON.parse(await readFile(resultsPath, 'utf8')) as ExecutedNotebook[];
  executed = new Map(results.map((result) => [result.path.slice(result.path.lastIndexOf('/') + 1), result]));
  console.log(`Jupyter ran ${results.length} notebooks in ${((performance.now() - started) / 1000).toFixed(1)} s: ${results.map((r) => `${r.path.slice(r.path.lastIndexOf('/') + 1)} ${r.seconds} s`).join(', ')}`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('chapter notebooks in Jupyter with the Deno kernel', () => {
  it('exist for every chapter the site links', () => {
    const chapters = chapterPathsFromBuiltLanding().map((path) => `${path.split('/').filter(Boolean).pop()}.ipynb`);
    expect(NOTEBOOKS).toEqual([...chapters].sort());
  });

  describe.each(NOTEBOOKS)('%s', (name) => {
    const slug = name.replace(/\.ipynb$/, '');
    const codeCells = (): ExecutedCell[] => executed.get(name)!.cells.filter((cell) => cell.metadata.activation_lab?.page_cell !== undefined);

    it('runs top to bottom without an error', () => {
      const result = executed.get(name);
      expect(result, 'the runner reported this notebook').toBeDefined();
      expect(result!.error).toBeNull();
      expect(codeCells().length).toBeGreaterThan(0);
    });

    it('shows in each code cell the numbers the page shows in it', async () => {
      const page: PageCellOutput[] = await runAllCells(browser, `${inject('siteOrigin')}/chapters/${slug}/`);
      const cells = codeCells();
      expect(cells.map((cell) => cell.metadata.activation_lab!.page_cell)).toEqual(page.map((_, index) => index + 1));
      // The same cells are exercises on the page and in the notebook; an unsolved check fails in both.
      expect(cells.map((cell) => cell.metadata.activation_lab!.exercise?.role)).toEqual(page.map((cell) => cell.exerciseRole));
      expect(page.map((cell) => cell.state)).toEqual(page.map((cell) => (cell.exerciseRole === 'check' ? 'error' : 'done')));
      cells.forEach((cell, index) => {
        const notebookText = outputText(cell);
        const pageText = page[index]!.text;
        // A cell that only declares (an exercise's answer, say) shows no value: the page says "Done. Defined f.", Jupyter nothing.
        if (!DECLARATION_ONLY.test(pageText.trim())) expect(notebookText.trim(), `notebook cell for page cell ${index + 1} shows something, as the page does:\n${pageText}`).not.toBe('');
        if (page[index]!.exerciseRole === 'check') {
          expect(cell.outputs.map((output) => output.type), `the unsolved check of page cell ${index + 1} fails in Jupyter too`).toContain('error');
        }
        expect(missingFrom(notebookText, pageText), `page cell ${index + 1} shows:\n${pageText}\nthe notebook:\n${notebookText}`).toEqual([]);
      });
    });
  });
});
