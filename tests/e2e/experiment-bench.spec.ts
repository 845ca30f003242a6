/**
 * The experiment bench on "How to choose": a 2×2 grid runs and summarises, its runs survive a
 * reload, Stop keeps finished runs, exports download and import back into a fresh browser, a browser
 * without IndexedDB still runs (and says results last only this visit), and bad settings in the
 * address fall back to defaults with a visible notice, never as markup. A reader's CSV file loads
 * (picker or drop), trains and is refused with its reason when it cannot be used; the verdicts show.
 * The pool, the page's frame budget and the reader's pair: experiment-bench-pool.spec.ts.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { DEFAULT_EXPERIMENT as defaults } from '../../lab/experiments/limits.ts';
import { BENCH_PAGE, GRID_TIMEOUT_MS, bench, cliTable, openBench, runGridToEnd, summaryRows, withoutTime } from './support/experiment-bench-page';

const SCRIPT = '<img src=x onerror="window.__benchInjected=1">';

async function openRunsPanel(root: Locator): Promise<void> {
  const summary = root.locator('details.runs > summary');
  if ((await root.locator('details.runs').getAttribute('open')) === null) await summary.click();
}

test('runs the default 2×2 grid: mean ± sd per activation, loss curves, and the runs survive a reload', async ({ page }) => {
  const root = await openBench(page);
  const started = Date.now();
  await runGridToEnd(root);
  test.info().annotations.push({ type: 'grid', description: `2×2 grid in ${((Date.now() - started) / 1000).toFixed(1)} s` });

  const rows = await summaryRows(root);
  const activationIds = defaults.activations.map((activation) => activation.id);
  expect(rows.map((row) => row[0])).toEqual(activationIds);
  for (const row of rows) {
    expect(row[1]).toBe(String(defaults.seeds));
    expect(row[2]).toMatch(/^\d\.\d{3} ± \d\.\d{3}$/);
    expect(row[3]).toMatch(/^\d\.\d{4} ± \d\.\d{4}$/);
  }
  const best = Math.max(...rows.map((row) => Number(row[2]!.split(' ')[0])));
  expect(Number(await root.getAttribute('data-value'))).toBeCloseTo(best, 3);
  const runs = activationIds.length * defaults.seeds;
  const chartLabel = new RegExp(`${runs} runs: ${activationIds.map((id) => `${id} \\(${defaults.seeds} runs\\) final loss mean [\\d.]+`).join('; ')}\\.$`);
  await expect(root.locator('[data-chart] svg[role="img"]')).toHaveAttribute('aria-label', chartLabel);
  await expect(root.locator('[data-part="run-count"]')).toHaveText(String(runs));
  expect(new URL(page.url()).searchParams.get('act')).toBe(activationIds.join(','));

  await page.reload();
  const reloaded = await openBench(page);
  await expect(reloaded.locator('[data-part="run-count"]')).toHaveText(String(runs));
  await expect(reloaded.locator('table.summary tbody tr')).toHaveCount(2);
  expect(withoutTime(await summaryRows(reloaded))).toEqual(withoutTime(rows));
  await expect(reloaded).toHaveAttribute('data-state', 'idle');
});

test('the page and `npm run experiment` print the same figures for the same settings', async ({ page }) => {
  const search = '?dataset=penguins&act=relu,swish&seeds=2&seed=5&epochs=30&width=6&target=0.8';
  const root = await openBench(page, search);
  await runGridToEnd(root);
  const args = ['--dataset', 'penguins', '--activations', 'relu,swish', '--seeds', '2', '--seed', '5', '--epochs', '30', '--width', '6', '--target', '0.8'];
  const pageRows = withoutTime(await summaryRows(root));
  expect(pageRows.map((row) => row[0])).toEqual(['relu', 'swish']);
  expect(pageRows).toEqual(withoutTime(await cliTable(args)));
  await expect(root.locator('[data-part="verdicts"] li')).toHaveText(['2 paired seeds are too few to say whether relu and swish differ (at least 6 are needed).']);
});

const CSV_DIR = 'tests/unit/fixtures/csv';
const csvFile = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(`${CSV_DIR}/${name}`) });

test('a CSV file loads in the page, its columns are chosen, and the grid trains on it with verdicts', async ({ page }) => {
  const root = await openBench(page, '?act=relu,tanh&seeds=6&epochs=15&width=6');
  await expect(root.getByText('nothing leaves your machine')).toBeVisible();
  const status = root.locator('[data-part="csv-status"]');
  await root.getByLabel('Load your CSV…').setInputFiles(csvFile('penguins-sample.csv'));
  await expect(status).toHaveText('penguins-sample.csv: Row 3 has no label in column 6 ("note").');
  await expect(root.getByLabel('Label column')).toHaveValue('note');
  await root.getByLabel('Label column').selectOption('species');
  await root.getByRole('checkbox', { name: 'note' }).uncheck();
  await expect(status).toHaveText('penguins-sample.csv: 57 rows, 4 features, 3 classes of species. Run grid trains on it.');
  await expect(root.getByLabel('Data set')).toHaveValue('csv');
  await runGridToEnd(root);
  await expect(root.locator('[data-part="summary-caption"]')).toContainText('penguins-sample.csv (label species, 4 features)');
  const rows = await summaryRows(root);
  expect(rows.map((row) => row[0]).sort()).toEqual(['relu', 'tanh']);
  expect(new URL(page.url()).searchParams.get('dataset')).toBe('csv');
  const verdicts = root.locator('[data-part="verdicts"] li');
  await expect(verdicts).toHaveCount(1);
  await expect(verdicts).toHaveText(/^The seeds (support|do not support) a difference.*95 % CI -?\d\.\d{3} to -?\d\.\d{3}, 6 seeds\)/);
  await openRunsPanel(root);
  await expect(root.locator('.runs-table tbody tr').first()).toContainText('penguins-sample.csv');
});

test('each bad CSV file is refused with its reason, shown as text, by picker or drop', async ({ page }) => {
  const root = await openBench(page);
  const status = root.locator('[data-part="csv-status"]');
  const cases: [string, RegExp][] = [
    ['no-header.csv', /^no-header\.csv was not loaded: Row 1 looks like data, not column names/],
    ['one-class.csv', /^one-class\.csv: Every row has the label "spam" in column "label"; a classifier needs at least two classes\./],
    ['non-numeric-feature.csv', /^non-numeric-feature\.csv: Row 3, column 2 \("y"\): "abc" is not a number\./],
  ];
  for (const [name, message] of cases) {
    await root.getByLabel('Load your CSV…').setInputFiles(csvFile(name));
    await expect(status).toHaveText(message);
  }
  const text = readFileSync(`${CSV_DIR}/one-class.csv`, 'utf8');
  const drop = await page.evaluateHandle((body) => {
    const data = new DataTransfer();
    data.items.add(new File([body], 'dropped.csv', { type: 'text/csv' }));
    return data;
  }, text);
  await root.locator('[data-part="csv-drop"]').dispatchEvent('drop', { dataTransfer: drop });
  await expect(status).toHaveText(/^dropped\.csv: Every row has the label "spam"/);
  await expect(root.getByLabel('Data set')).not.toHaveValue('csv');
  await root.getByRole('button', { name: /^Run grid/ }).isEnabled();
});

test('Stop ends the grid early and keeps the runs that finished', async ({ page }) => {
  // 20 long runs: the fast engine and the pool finish 6 before a Stop can land.
  const root = await openBench(page, '?epochs=2000&seeds=10&act=tanh,relu');
  await root.getByRole('button', { name: /^Run grid/ }).click();
  await expect(root.locator('[data-part="run-count"]')).toHaveText(/^[1-9]/, { timeout: GRID_TIMEOUT_MS });
  await root.getByRole('button', { name: 'Stop' }).click();
  await expect(root).toHaveAttribute('data-state', 'idle');
  const kept = Number(await root.locator('[data-part="run-count"]').textContent());
  expect(kept).toBeGreaterThanOrEqual(1);
  expect(kept).toBeLessThan(20);
  await expect(root.locator('[data-part="summary-caption"]')).toHaveText(new RegExp(`^Stopped after ${kept} of 20 runs`));
  await expect(root.locator('[data-part="status"]')).toHaveText(/finished runs are kept/);
});

test('compare selected runs, then delete them', async ({ page }) => {
  const root = await openBench(page, '?epochs=20&seeds=2&act=tanh,relu');
  await runGridToEnd(root);
  await openRunsPanel(root);
  const boxes = root.locator('table.runs-table tbody input[type="checkbox"]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await root.getByRole('button', { name: 'Compare selected' }).click();
  await expect(root.locator('[data-part="summary-caption"]')).toHaveText('Comparing 2 selected runs.');
  await root.getByRole('button', { name: 'Delete selected' }).click();
  await expect(root.locator('[data-part="run-count"]')).toHaveText('2');
  await expect(root.locator('[data-part="runs-status"]')).toHaveText('Deleted 2 runs.');
});

test('exports download, and a JSON export imports back into a fresh browser', async ({ page, browser }) => {
  const root = await openBench(page, '?epochs=20&seeds=2&act=tanh,relu');
  await runGridToEnd(root);
  const rows = await summaryRows(root);
  await openRunsPanel(root);

  const [csv] = await Promise.all([page.waitForEvent('download'), root.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^experiment-runs-.*\.csv$/);
  const csvLines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
  expect(csvLines).toHaveLength(5);
  expect(csvLines[0]).toMatch(/^version,id,grid,index,started,duration_ms,dataset,/);

  const [json] = await Promise.all([page.waitForEvent('download'), root.getByRole('button', { name: 'Export JSON' }).click()]);
  const jsonPath = (await json.path())!;
  expect(JSON.parse(readFileSync(jsonPath, 'utf8')).runs).toHaveLength(4);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherRoot = await openBench(other);
  await expect(otherRoot.locator('[data-part="run-count"]')).toHaveText('0');
  await openRunsPanel(otherRoot);
  await otherRoot.getByLabel('Import JSON').setInputFiles({ name: 'runs.json', mimeType: 'application/json', buffer: readFileSync(jsonPath) });
  await expect(otherRoot.locator('[data-part="runs-status"]')).toHaveText('Imported 4 runs.');
  await expect(otherRoot.locator('[data-part="run-count"]')).toHaveText('4');
  await expect(otherRoot.locator('table.summary tbody tr')).toHaveCount(rows.length);
  expect(withoutTime(await summaryRows(otherRoot))).toEqual(withoutTime(rows));
  await fresh.close();
});

test('a hostile or foreign import file is refused with a message shown as text', async ({ page }) => {
  const root = await openBench(page);
  await openRunsPanel(root);
  const file = JSON.stringify({ schema: SCRIPT, version: 1, runs: [] });
  await root.getByLabel('Import JSON').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const status = root.locator('[data-part="runs-status"]');
  await expect(status).toHaveText(/^Nothing was imported: The file is not a run export: its schema is "<img src=x onerror=/);
  await expect(status.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __benchInjected?: number }).__benchInjected)).toBeUndefined();
});

test('without IndexedDB the bench says results last only this visit, and still runs', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { throw new Error('blocked by the test'); }, configurable: true });
  });
  await page.goto(BENCH_PAGE);
  const root = bench(page);
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator('[data-part="storage"]')).toHaveText(/results are kept only for this visit/);
  await expect(root.locator('[data-part="storage"]')).toBeVisible();
  await expect(root).toHaveAttribute('data-storage', 'memory');
  await runGridToEnd(root);
  await expect(root.locator('[data-part="run-count"]')).toHaveText('4');
});

test('bad settings in the address fall back to defaults with a visible notice, never as markup', async ({ page }) => {
  const search = `?dataset=circle&width=9999&epochs=abc&act=${encodeURIComponent(`relu,${SCRIPT}`)}&opt=${encodeURIComponent('<b>x</b>')}`;
  const root = await openBench(page, search);
  const notice = root.locator('[data-part="config-notice"]');
  await expect(notice).toBeVisible();
  const items = notice.getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items.nth(0)).toHaveText(`Units per layer: "9999" is outside 1 to 256; using ${defaults.width}.`);
  await expect(notice).toContainText(`Epochs: "abc" is not a number; using ${defaults.epochs}.`);
  await expect(notice).toContainText('Unknown activation "<img src=x onerror="window.__benchInjec…" was left out.');
  await expect(notice).toContainText(`Optimizer: "<b>x</b>" is not one of sgd, momentum, adam, rmsprop; using ${defaults.optimizer}.`);
  await expect(notice.locator('img, b')).toHaveCount(0);
  await expect(root.getByLabel('Units per layer')).toHaveValue(String(defaults.width));
  await expect(root.getByLabel('Epochs')).toHaveValue(String(defaults.epochs));
  await expect(root.getByLabel('Data set')).toHaveValue('circle');
  await expect(root.getByRole('checkbox', { name: 'relu', exact: true })).toBeChecked();
  await expect(root.getByRole('checkbox', { name: 'tanh', exact: true })).not.toBeChecked();
  expect(await page.evaluate(() => (window as { __benchInjected?: number }).__benchInjected)).toBeUndefined();
});
