/**
 * The hostile-reader suite (issue 8), part 3: a hostile environment. Cells that fail in every way
 * (each reported in its own cell, the rest of the page unaffected), a tfjs backend that cannot
 * start, Web Storage that throws, and no JavaScript at all. IndexedDB blocked is covered by
 * experiment-bench.spec.ts ("without IndexedDB the bench says results last only this visit").
 */
import { execFileSync } from 'node:child_process';
import { test, expect } from './support/guarded-page';
import { builtHtml, chapterPaths } from './support/site-pages';
import { chapterOfDemo, openDemo, trainToEnd, wakeDemo } from './support/demo-actions';
import { activeBackend, DEBUG_QUERY } from './support/tf-debug';

const chapters = chapterPaths();
/** The first cell also starts the kernel (tfjs). */
const CELL_TIMEOUT_MS = 60_000;
const NEURON = { path: chapterOfDemo('neuron'), id: 'neuron' };

interface CellElement extends HTMLElement {
  setSource(code: string): Promise<void>;
}

test.describe('cells that fail', () => {
  const cellChapter = [...chapters]
    .filter((path) => builtHtml(path).includes('data-demo='))
    .sort((a, b) => cellsIn(b) - cellsIn(a))[0]!;
  const FAILURES = [
    { code: 'const ok = 1;\nconst broken = (1 + ;', shows: /SyntaxError/ },
    { code: 'throw new RangeError("thrown on purpose")', shows: /RangeError: thrown on purpose/ },
    { code: 'await new Promise((resolve) => setTimeout(resolve, 10));\nawait Promise.reject(new TypeError("rejected on purpose"))', shows: /TypeError: rejected on purpose/ },
    { code: 'Promise.reject(new Error("the final value rejected"))', shows: /Error: the final value rejected/ },
    { code: 'Promise.reject(new RangeError("never awaited"));\n"returned before the rejection"', shows: /RangeError: never awaited/ },
    { code: 'setTimeout(() => { throw new EvalError("thrown later by a timer"); }, 50);\n"scheduled"', shows: /EvalError: thrown later by a timer/ },
    { code: 'let spins = 0;\nwhile (true) { spins++; }', shows: /InterruptError/ },
  ];

  function cellsIn(path: string): number {
    return builtHtml(path).match(/<notebook-cell\b/g)?.length ?? 0;
  }

  test(`${cellChapter}: a syntax error, a throw, rejected promises (awaited, returned, never awaited), a throwing timer and an endless loop each show in their own cell; the rest of the page works`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(cellChapter);
    // Exercise cells belong to exercises.spec.ts: their checks fail until the answer is written.
    const cells = page.locator('notebook-cell:not([data-exercise] notebook-cell)');
    const count = await cells.count();
    expect(count, 'this chapter needs at least two cells').toBeGreaterThanOrEqual(2);
    const failing = FAILURES.map((failure, index) => ({ ...failure, position: index % (count - 1) }))
      .map((failure) => ({ ...failure, cell: cells.nth(failure.position) }));
    const healthy = cells.nth(count - 1);

    for (const { code, shows, cell } of failing) {
      await cell.evaluate((element, source) => (element as unknown as CellElement).setSource(source), code);
      await cell.getByRole('button', { name: /^Run cell/ }).click();
      await expect(cell).toHaveAttribute('data-state', 'error', { timeout: CELL_TIMEOUT_MS });
      await expect(cell.locator('[data-part="output"]')).toContainText(shows);
      await expect(healthy.locator('[data-part="output"]')).toBeEmpty();
    }
    const lastInEachCell = new Map(failing.map((failure) => [failure.position, failure]));
    for (const { cell, shows } of lastInEachCell.values()) {
      await expect(cell, 'a later failure elsewhere changed this cell').toHaveAttribute('data-state', 'error');
      await expect(cell.locator('[data-part="output"]')).toContainText(shows);
    }

    await healthy.getByRole('button', { name: /^Run cell/ }).click();
    await expect(healthy).toHaveAttribute('data-state', 'done', { timeout: CELL_TIMEOUT_MS });
    await expect(healthy.locator('[data-part="output"]')).not.toBeEmpty();
    const demo = page.locator('[data-demo]').first();
    await wakeDemo(demo);
    expect(await trainToEnd(demo)).toBe('done');
  });
});

test.describe('the tfjs backend fails to start', () => {
  test('the demo falls back to another backend, says which, and trains; cells do the same', async ({ page }) => {
    const demo = await openDemo(page, `${NEURON.path}?tf-backend=broken-wasm&${DEBUG_QUERY}`, NEURON.id);
    await expect(demo.locator('[data-part="backend"]')).toHaveText('backend: cpu (wasm failed to start)');
    expect(await activeBackend(page)).toBe('cpu');
    expect(await trainToEnd(demo)).toBe('done');

    const cell = page.locator('notebook-cell').first();
    await cell.getByRole('button', { name: /^Run cell/ }).click();
    await expect(cell).toHaveAttribute('data-state', 'done', { timeout: CELL_TIMEOUT_MS });
    await expect(page.locator('kernel-toolbar [data-part="status"]')).toContainText(/backend cpu/);
  });
});

test.describe('storage unavailable', () => {
  /** Files that use Web Storage, and where that use is tested with storage throwing. */
  const STORAGE_USERS: Record<string, string> = {
    'site/layouts/parts/ThemeSwitch.astro': 'theme switch, below',
    'site/layouts/parts/theme-script.ts': 'theme switch, below',
    'components/ui/tabs/tab-choice.ts': 'code tabs (framework tab memory), below',
    'components/notebook/elements/stored-edit.ts': 'edits of cells kept across reloads: cell-edits.spec.ts, "with storage blocked"',
    'components/ui/backend/engine-setting.ts': 'the engine setting ("Train with"): engine.spec.ts, "with storage blocked the choice still holds for the page"',
  };

  test('every use of localStorage or sessionStorage is covered here (IndexedDB: experiment-bench.spec)', () => {
    const users = execFileSync('grep', ['-rlE', 'localStorage|sessionStorage', 'components', 'site'], { encoding: 'utf8' })
      .trim().split('\n').filter(Boolean).sort();
    expect(users).toEqual(Object.keys(STORAGE_USERS).sort());
  });

  test('with localStorage throwing, the theme switch, tabs and demos still work', async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException('blocked by the test', 'SecurityError'); } });
      }
    });
    await page.emulateMedia({ colorScheme: 'light' });
    for (const path of chapters) {
      await page.goto(path);
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-theme', 'light');
      await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
      await expect(html).toHaveAttribute('data-theme', 'dark');
      const groups = page.locator('code-tabs[data-enhanced]');
      if (builtHtml(path).includes('<code-tabs')) expect(await groups.count(), `${path}: code tabs did not start`).toBeGreaterThan(0);
      for (const group of await groups.all()) {
        const last = group.getByRole('tab').last();
        await last.click();
        await expect(last).toHaveAttribute('aria-selected', 'true');
        const chosen = await last.textContent();
        const key = await group.getAttribute('data-sync-key');
        const sameKey = page.locator(key ? `code-tabs[data-enhanced][data-sync-key="${key}"]` : 'code-tabs[data-enhanced]:not([data-sync-key])');
        for (const other of await sameKey.all()) {
          await expect(other.getByRole('tab', { selected: true }), 'groups on the page follow the choice without storage').toHaveText(chosen!);
        }
      }
    }
    const demo = await openDemo(page, NEURON.path, NEURON.id);
    expect(await trainToEnd(demo)).toBe('done');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  /** The chapters that present activation functions as curves (chapter 4's explorer, chapter 6's β explorer). */
  const FUNCTION_FIGURE_CHAPTERS = ['the-nonlinear-family', 'swish'];

  for (const slug of FUNCTION_FIGURE_CHAPTERS) {
    test(`${slug}: figures of the activation functions are drawn at build time and readable`, async ({ page }) => {
      const path = chapters.find((candidate) => candidate.endsWith(`/${slug}/`));
      expect(path, `the landing page links no chapter "${slug}"`).toBeDefined();
      await page.goto(path!);
      const figures = page.locator('article figure').filter({ has: page.locator('svg[role="img"]') });
      expect(await figures.count(), 'static figures of the functions').toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        const chart = figure.locator('svg[role="img"]').first();
        await expect(chart).toBeVisible();
        expect(await chart.locator('polyline, path').count(), 'the figure draws curves').toBeGreaterThan(0);
        const name = await chart.evaluate((svg) => {
          const ids = svg.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
          return svg.getAttribute('aria-label') ?? ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        });
        expect(name.trim().split(/\s+/).length, `the figure's text alternative: "${name}"`).toBeGreaterThanOrEqual(5);
      }
    });
  }
});
