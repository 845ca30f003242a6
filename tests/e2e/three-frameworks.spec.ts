/**
 * Chapter 9's "same network in three frameworks": the code follows the settings (debounced), bad
 * settings are refused with the reason beside the field, Copy puts the code on the clipboard (or shows
 * it selected when the clipboard is refused), and the downloads are what they claim: the CSV is the
 * data set, and the trained model, loaded by the downloaded TensorFlow.js program in Node, gives the
 * page's predictions.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { chapterPaths } from './support/site-pages';
import { datasetCsv } from '../../lab/export/dataset-csv.ts';
import { makeDataset } from '../../lab/datasets/registry.ts';

const run = promisify(execFile);
const REPO_MODULES = resolve(import.meta.dirname, '../../node_modules');
const TRAIN_TIMEOUT_MS = 240_000;

function chapterPath(): string {
  const path = chapterPaths().find((candidate) => candidate.includes('in-your-framework'));
  if (!path) throw new Error('no in-your-framework chapter in the build');
  return path;
}

async function openWidget(page: Page): Promise<Locator> {
  await page.goto(chapterPath());
  const root = page.locator('[data-demo="three-frameworks"]');
  await root.scrollIntoViewIfNeeded();
  // Focus inside the widget loads it (lazy-widget.ts) without waiting for the reader to scroll.
  await root.getByLabel('Seed').focus();
  return root;
}

function parseCsv(text: string): { header: string; rows: string[][] } {
  const [header = '', ...rows] = text.trim().split('\n');
  return { header, rows: rows.map((row) => row.split(',')) };
}

const codeOf = (root: Locator, kind: 'keras' | 'pytorch' | 'tfjs') => root.locator(`[data-code="${kind}"]`);

async function download(page: Page, button: Locator, folder?: string): Promise<{ name: string; text: string; path: string }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const source = (await file.path())!;
  const name = file.suggestedFilename();
  const path = folder ? join(folder, name) : source;
  if (folder) await copyFile(source, path);
  return { name, text: await readFile(source, 'utf8'), path };
}

test('the code follows the settings, and impossible settings are refused beside their field', async ({ page }) => {
  const root = await openWidget(page);
  await expect(codeOf(root, 'tfjs')).toContainText('const HIDDEN_UNITS = [8, 8];');
  await root.getByLabel('Units per layer').fill('12');
  await expect(codeOf(root, 'tfjs')).toContainText('const HIDDEN_UNITS = [12, 12];');
  await expect(codeOf(root, 'keras')).toContainText('HIDDEN_UNITS = [12, 12]');

  await root.getByLabel('Hidden activation').selectOption('leaky-relu');
  const slope = root.locator('fieldset[data-params-for="leaky-relu"]');
  await expect(slope).toBeVisible();
  await slope.getByRole('spinbutton').first().fill('0.07');
  await expect(codeOf(root, 'pytorch')).toContainText('nn.LeakyReLU(negative_slope=0.07)');
  await expect(codeOf(root, 'keras')).toContainText('layers.LeakyReLU(negative_slope=0.07)');
  await expect(codeOf(root, 'tfjs')).toContainText('tf.layers.leakyReLU({ alpha: 0.07 })');

  await root.getByLabel('Units per layer').fill('0');
  await expect(root.locator('#three-frameworks-width-error')).toHaveText('Units per layer must be at least 1.');
  await expect(codeOf(root, 'tfjs')).toContainText('const HIDDEN_UNITS = [12, 12];');
  await root.getByRole('button', { name: /^Train/ }).click();
  await expect(root.locator('[data-part="status"]')).toContainText('Units per layer must be at least 1.');
  await expect(root).not.toHaveAttribute('data-state', 'running');

  await root.getByLabel('Units per layer').fill('8');
  await slope.getByRole('spinbutton').first().fill('7');
  await expect(slope.locator('.error').first()).toContainText('must be at most');
});

test('a real data set: iris loads, the code reads its four features and three classes, and its CSV downloads', async ({ page }) => {
  const root = await openWidget(page);
  await root.getByLabel('Data set').selectOption('iris');
  await expect(codeOf(root, 'tfjs')).toContainText('const INPUTS = 4;');
  await expect(codeOf(root, 'tfjs')).toContainText('const OUTPUTS = 3;');
  await expect(codeOf(root, 'pytorch')).toContainText('nn.CrossEntropyLoss');
  const csv = await download(page, root.getByRole('button', { name: /Download the data set/ }));
  expect(csv.name).toBe('iris-seed1.csv');
  const { header, rows } = parseCsv(csv.text);
  expect(header).toBe('x1,x2,x3,x4,label,split');
  expect(rows).toHaveLength(150);
  expect(new Set(rows.map((row) => row[4]))).toEqual(new Set(['0', '1', '2']));
});

test('Copy puts the shown code on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const root = await openWidget(page);
  await root.getByRole('tab', { name: 'PyTorch (Python)' }).click();
  await root.getByRole('button', { name: 'Copy PyTorch (Python) code' }).click();
  await expect(root.locator('[data-copy-status="pytorch"]')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await codeOf(root, 'pytorch').textContent());
  expect(copied).toContain('import torch');
});

test('a refused clipboard shows the code selected for copying by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  const root = await openWidget(page);
  await root.getByRole('tab', { name: 'Keras 3 (Python)' }).click();
  await root.getByRole('button', { name: 'Copy Keras 3 (Python) code' }).click();
  const fallback = root.locator('[data-copy-fallback="keras"]');
  await expect(fallback).toBeVisible();
  await expect(fallback).toBeFocused();
  expect(await fallback.inputValue()).toBe(await codeOf(root, 'keras').textContent());
  await expect(root.locator('[data-copy-status="keras"]')).toContainText('press Ctrl+C');
});

test('the downloads are the data set, the code and the trained model, which the downloaded program reloads with the page\'s predictions', async ({ page }) => {
  test.setTimeout(TRAIN_TIMEOUT_MS + 60_000);
  const root = await openWidget(page);
  const folder = await mkdtemp(join(tmpdir(), 'three-frameworks-'));
  try {
    const csv = await download(page, root.getByRole('button', { name: /Download the data set/ }), folder);
    expect(csv.name).toBe('circle-seed1.csv');
    // The browser's Math.sin and Math.exp may differ from Node's in the last bit, so numbers match to 1e-12.
    const [got, expected] = [csv.text, datasetCsv(makeDataset('circle', { seed: 1 }))].map(parseCsv);
    expect(got.header).toEqual(expected.header);
    expect(got.rows.map((row) => row.slice(-2))).toEqual(expected.rows.map((row) => row.slice(-2)));
    got.rows.forEach((row, i) => row.slice(0, -2).forEach((value, j) => expect(Math.abs(Number(value) - Number(expected.rows[i]![j]))).toBeLessThan(1e-12)));
    await root.getByRole('tab', { name: 'TensorFlow.js' }).click();
    const program = await download(page, root.getByRole('button', { name: 'Download circle-relu-tfjs.mjs' }), folder);
    expect(program.text).toBe(await codeOf(root, 'tfjs').textContent());
    await expect(root.locator('[data-part="model-downloads"]')).toBeHidden();

    await root.getByRole('button', { name: /^Train/ }).click();
    await expect(root).toHaveAttribute('data-state', 'done', { timeout: TRAIN_TIMEOUT_MS });
    const table = root.locator('[data-part="predictions-body"] tr');
    await expect(table).toHaveCount(5);
    // Cells read "1 (class name)" where the data set names its classes; the program prints the number.
    const pageRows = await table.evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').split(' ')[0])));

    const modelJson = await download(page, root.getByRole('button', { name: 'Download circle-relu-model.json' }), folder);
    const weights = await download(page, root.getByRole('button', { name: 'Download circle-relu-model.weights.bin' }), folder);
    const manifest = JSON.parse(modelJson.text) as { weightsManifest: { paths: string[] }[] };
    expect(manifest.weightsManifest[0]!.paths).toEqual([`./${weights.name}`]);

    await symlink(REPO_MODULES, join(folder, 'node_modules'), 'dir');
    const { stdout } = await run(process.execPath, [program.name, '--page-model'], { cwd: folder });
    const printed = [...stdout.matchAll(/^test point (\d+): label (\d+), predicted (\d+) with probability ([\d.]+)$/gm)]
      .map((m) => [m[1], m[2], m[3], m[4]]);
    expect(printed).toEqual(pageRows);
    const accuracy = Number(/^test accuracy ([\d.]+)$/m.exec(stdout)![1]);
    expect(accuracy).toBeCloseTo(Number(await root.getAttribute('data-value')), 4);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
