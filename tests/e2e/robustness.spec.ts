/**
 * The hostile-reader suite (issue 8): extreme settings, garbage in the address, impatient clicks,
 * long sessions, failing cells, a failing tfjs backend and blocked storage. Every case ends with
 * the page still working, and a clear message where one is due. Demos and their controls are found
 * through the demo contract and their labels, so a new widget is covered the day it appears.
 */
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { builtHtml, chapterPaths } from './support/site-pages';
import {
  demoById, expectResponsive, field, FINISHED, MOUNT_TIMEOUT_MS as MOUNT_TIMEOUT, openDemo, RUN_TIMEOUT_MS, statusLine, stopButton, trainButton, trainToEnd, typeInto,
  wakeDemo,
} from './support/demo-actions';
import { readStateLog, startStateLog } from './support/state-log';
import { backwardSteps, readProgressLog, startProgressLog } from './support/progress-log';
import { setVisibility, slowCpu } from './support/page-conditions';
import { DEFAULT_EXPERIMENT } from '../../lab/experiments/limits.ts';
import { URL_KEYS } from '../../lab/experiments/url-config.ts';

const chapters = chapterPaths();
const LEARNING_RATE = /^Learning rate/;
const EPOCHS = /epochs/i;
/** Controls that size a network: how many layers, how many units. */
const NETWORK_SIZE = /(hidden layers|layers|units|width|depth|neurons)/i;
/** The example of an absurd learning rate. */
const ABSURD_LEARNING_RATE = 10;
/** Few epochs keep the runs at extreme settings short; each demo's own minimum still applies. */
const SHORT_RUN_EPOCHS = 20;
/** The first cell also starts the kernel (tfjs). */
const CELL_TIMEOUT_MS = 60_000;
const NEURON = { path: chapterPaths().find((path) => builtHtml(path).includes('data-demo="neuron"'))!, id: 'neuron' };
const BENCH = { path: chapterPaths().find((path) => builtHtml(path).includes('data-demo="experiment-bench"'))!, id: 'experiment-bench' };

/** The text of every <label> in a built page. */
function labelsIn(html: string): string[] {
  return [...html.matchAll(/<label\b[^>]*>([\s\S]*?)<\/label>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim());
}

/** Chapters with a demo that has a control labelled like this. */
interface CellElement extends HTMLElement {
  setSource(code: string): Promise<void>;
}

interface DebugWindow {
  __activationLabDebug: { memory(): { numTensors: number }; backend(): string };
}

/** Live tensors, through the page's debug hook (present with ?debug-tensors). */
async function liveTensors(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as DebugWindow).__activationLabDebug.memory().numTensors);
}

function chaptersWithDemoControl(label: RegExp): string[] {
  return chapters.filter((path) => builtHtml(path).includes('data-demo=') && labelsIn(builtHtml(path)).some((text) => label.test(text)));
}

async function numberLimits(input: Locator): Promise<{ min?: number; max?: number; value: string }> {
  return input.evaluate((element: HTMLInputElement) => ({
    min: element.min === '' ? undefined : Number(element.min),
    max: element.max === '' ? undefined : Number(element.max),
    value: element.value,
  }));
}

/** The reason shown under a refused field (NumberField's live error line). */
function fieldError(input: Locator): Locator {
  return input.locator('xpath=..').locator('.error');
}

async function shortenRun(demo: Locator): Promise<void> {
  const epochs = field(demo, EPOCHS);
  if (!(await epochs.count())) return;
  const { min = 1 } = await numberLimits(epochs);
  await typeInto(epochs, String(Math.max(min, SHORT_RUN_EPOCHS)));
}

test.describe('a learning rate at the top of its range', () => {
  for (const path of chaptersWithDemoControl(LEARNING_RATE)) {
    test(`${path}: every learning-rate control refuses more than its maximum, copes with its maximum, and trains again afterwards`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.goto(path);
      const demos = page.locator('[data-demo]');
      let checked = 0;
      for (let index = 0; index < (await demos.count()); index++) {
        const demo = demos.nth(index);
        const id = await demo.getAttribute('data-demo');
        await wakeDemo(demo);
        const rate = field(demo, LEARNING_RATE);
        if (!(await rate.count())) continue;
        checked += 1;
        const { max, value: original } = await numberLimits(rate);
        expect(max, `demo "${id}": the learning rate needs a maximum`).toBeDefined();

        if (max! < ABSURD_LEARNING_RATE) {
          await startStateLog(demo);
          await typeInto(rate, String(ABSURD_LEARNING_RATE));
          await expect(rate, `demo "${id}" accepted a learning rate of ${ABSURD_LEARNING_RATE}`).toHaveAttribute('aria-invalid', 'true');
          await expect(fieldError(rate)).toHaveText(new RegExp(`at most ${max}`));
          await trainButton(demo).click();
          await expect(statusLine(demo)).toHaveText(/did not start: .*learning rate/i);
          expect((await readStateLog(demo)).states, `demo "${id}" started with a refused learning rate`).not.toContain('running');
        }

        await shortenRun(demo);
        await typeInto(rate, String(max));
        await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
        const state = await trainToEnd(demo);
        const status = (await statusLine(demo).textContent()) ?? '';
        expect(state, `demo "${id}" at learning rate ${max}: ${status}`).toMatch(/^(done|diverged)$/);
        if (state === 'diverged') expect(status).toMatch(/Diverged at epoch \d+: \S.*lower the learning rate/);
        test.info().annotations.push({ type: 'learning rate', description: `${id} at ${max}: ${state}` });

        await typeInto(rate, original);
        expect(await trainToEnd(demo), `demo "${id}" after lowering the learning rate again`).toBe('done');
      }
      expect(checked, `${path} has a demo with a learning-rate control`).toBeGreaterThan(0);
    });
  }

  test('the bench with plain SGD at a learning rate of 10 diverges, says when and why, and runs again at a sane rate', async ({ page }) => {
    const bench = await openDemo(page, BENCH.path, BENCH.id);
    await bench.getByLabel('Optimizer').selectOption('sgd');
    await typeInto(field(bench, LEARNING_RATE), String(ABSURD_LEARNING_RATE));
    await typeInto(field(bench, /^Seeds per activation/), '1');
    await typeInto(field(bench, /^Hidden layers/), '8');
    await typeInto(field(bench, /^Units per layer/), '64');
    await bench.getByRole('checkbox', { name: 'tanh', exact: true }).uncheck();
    await expect(bench.getByRole('checkbox', { name: 'relu', exact: true })).toBeChecked();
    expect(await trainToEnd(bench)).toBe('diverged');
    await expect(statusLine(bench)).toHaveText(/^Diverged at epoch \d+: .+ — lower the learning rate and train again\.$/);
    await expect(bench.locator('table.summary')).toContainText('diverged');

    await typeInto(field(bench, LEARNING_RATE), '0.01');
    expect(await trainToEnd(bench)).toBe('done');
    await expect(statusLine(bench)).toHaveText(/^Done/);
  });
});

test.describe('extreme network sizes', () => {
  /** What a reader might type; "abc" leaves a number input empty, as the browser drops the letters. */
  const TYPED = ['100000', '1000', '-3', '2.5', 'abc', ''];

  for (const path of chaptersWithDemoControl(NETWORK_SIZE)) {
    test(`${path}: absurd sizes typed into every network-size control are refused with a reason, and the tab never freezes`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.goto(path);
      const demos = page.locator('[data-demo]');
      let checked = 0;
      for (let index = 0; index < (await demos.count()); index++) {
        const demo = demos.nth(index);
        const id = await demo.getAttribute('data-demo');
        const sizes = demo.getByRole('spinbutton', { name: NETWORK_SIZE });
        if (!(await sizes.count())) continue;
        await wakeDemo(demo);
        for (let at = 0; at < (await sizes.count()); at++) {
          const size = sizes.nth(at);
          const name = await size.getAttribute('data-label');
          const { min, max, value: original } = await numberLimits(size);
          expect(max, `"${name}" in demo "${id}" needs a maximum`).toBeDefined();
          for (const typed of TYPED) {
            checked += 1;
            await startStateLog(demo);
            await typeInto(size, typed);
            await trainButton(demo).click();
            await expectResponsive(page);
            const shown = await size.inputValue();
            const accepted = shown !== '' && Number.isInteger(Number(shown)) && Number(shown) >= (min ?? 1) && Number(shown) <= max!;
            if (accepted && shown !== typed) {
              await expect(fieldError(size), `"${name}" clamped ${typed} to ${shown} without saying so`).not.toBeEmpty();
            } else {
              await expect(size, `"${name}" in demo "${id}" accepted "${typed}"`).toHaveAttribute('aria-invalid', 'true');
              await expect(fieldError(size)).toBeVisible();
              await expect(statusLine(demo)).toHaveText(/did not start: /);
              expect((await readStateLog(demo)).states, `demo "${id}" started with ${name} = "${typed}"`).not.toContain('running');
            }
          }
          await typeInto(size, original);
        }
        expect(await trainToEnd(demo), `demo "${id}" after the absurd sizes`).toBe('done');
      }
      expect(checked, `${path} has a network-size control`).toBeGreaterThan(0);
    });
  }
});

test.describe('absurd sizes in the address', () => {
  const CASES = [
    { search: '?width=100000&depth=1000', width: /"100000" is outside 1 to 256/, depth: /"1000" is outside 1 to 8/ },
    { search: '?width=-3&depth=2.5', width: /"-3" is outside 1 to 256/, depth: /"2\.5" is not a whole number/ },
    { search: '?width=abc&depth=', width: /"abc" is not a number/, depth: /"" is not a number/ },
  ];
  for (const { search, width, depth } of CASES) {
    test(`the bench refuses ${search} with a notice and keeps its defaults`, async ({ page }) => {
      const bench = await openDemo(page, `${BENCH.path}${search}`, BENCH.id);
      await expectResponsive(page);
      const notice = bench.locator('[data-part="config-notice"]');
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('listitem').filter({ hasText: /^Units per layer/ })).toHaveText(width);
      await expect(notice.getByRole('listitem').filter({ hasText: /^Hidden layers/ })).toHaveText(depth);
      await expect(field(bench, /^Units per layer/)).toHaveValue(String(DEFAULT_EXPERIMENT.width));
      await expect(field(bench, /^Hidden layers/)).toHaveValue(String(DEFAULT_EXPERIMENT.depth));
    });
  }
});

test.describe('garbage in every address parameter the site reads', () => {
  const INJECTIONS = ['"><img src=x onerror=alert(1)>', '<script>alert(1)</script>'] as const;
  const HASH = `#${encodeURIComponent(INJECTIONS[0])}`;
  /** Every file that reads the address, and the test below that feeds it garbage. */
  const ADDRESS_READERS: Record<string, string> = {
    'components/widgets/activation-explorer/activation-explorer.ts': 'explorer',
    'components/widgets/activation-explorer/explorer-url.ts': 'explorer',
    'components/widgets/experiment-bench/bench-url.ts': 'bench',
    'components/ui/tf-backend.ts': 'test hooks',
    'components/ui/debug-hook.ts': 'test hooks',
    'components/ui/code-tabs.ts': 'fragment',
    'components/ui/reader-activity.ts': 'fragment',
  };

  /** Fails the test if anything was parsed as markup or a dialog opened. */
  async function watchForInjection(page: Page): Promise<() => Promise<void>> {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return async () => {
      expect(dialogs, 'a dialog opened').toEqual([]);
      expect(await page.locator('img[src="x"]').count(), 'an injected image in the page').toBe(0);
      expect(await page.evaluate(() => [...document.scripts].some((script) => script.text.includes('alert(1)'))), 'an injected script in the page').toBe(false);
    };
  }

  test('every reader of the address in components/ and site/ has a garbage test here', () => {
    const readers = execFileSync('grep', ['-rlE', String.raw`location\.(search|hash|href)|URLSearchParams`, 'components', 'site'], { encoding: 'utf8' })
      .trim().split('\n').filter(Boolean).sort();
    expect(readers).toEqual(Object.keys(ADDRESS_READERS).sort());
  });

  test('explorer: unknown functions, bad parameters and markup fall back to defaults with a notice shown as text', async ({ page }) => {
    const explorerPath = chapters.find((path) => builtHtml(path).includes('<activation-explorer'))!;
    const check = await watchForInjection(page);
    const query = new URLSearchParams([
      ['fn', INJECTIONS[0]], ['fn', 'swish'], ['beta', INJECTIONS[1]], ['fn', 'leaky-relu'], ['alpha', '1e999'], [INJECTIONS[0], '1'],
      ...Array.from({ length: 200 }, () => ['fn', 'relu'] as [string, string]),
    ]);
    await page.goto(`${explorerPath}?${query}${HASH}`);
    const explorer = page.locator('activation-explorer');
    await explorer.scrollIntoViewIfNeeded();
    const notices = explorer.locator('[data-part="notices"]');
    await expect(notices).toBeVisible({ timeout: MOUNT_TIMEOUT });
    await expectResponsive(page);
    await expect(notices).toContainText(INJECTIONS[0].slice(2));
    await expect(notices).toContainText(INJECTIONS[1]);
    await expect(notices).toContainText(/at most 4/);
    await expect(explorer.locator('[data-part="curve-list"] fieldset')).toHaveCount(4);
    await expect(explorer.locator('svg[role="img"][aria-label]').first()).toBeVisible();
    await check();
  });

  test('fragment: a malformed or hostile #fragment on every chapter, at load and later, breaks nothing', async ({ page }) => {
    test.setTimeout(120_000);
    const check = await watchForInjection(page);
    for (const path of chapters) {
      await page.goto(`${path}#%E0%A4%A`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.evaluate((hash) => { location.hash = hash; }, INJECTIONS[0]);
      await page.evaluate(() => { location.hash = '%'; });
      await expectResponsive(page);
    }
    await check();
  });

  test('test hooks: a garbled backend choice or debug flag leaves the default backend, and the demo trains', async ({ page }) => {
    const check = await watchForInjection(page);
    const query = new URLSearchParams([['tf-backend', INJECTIONS[0]], ['debug-tensors', INJECTIONS[1]]]);
    const demo = await openDemo(page, `${NEURON.path}?${query}${HASH}`, NEURON.id);
    await expect(demo.locator('[data-part="backend"]')).toHaveText('backend: cpu');
    expect(await trainToEnd(demo)).toBe('done');
    await check();
  });

  test('bench: every setting garbled falls back to its default with a notice shown as text, and the grid still runs', async ({ page }) => {
    const check = await watchForInjection(page);
    const keys = Object.values(URL_KEYS);
    const query = new URLSearchParams(keys.map((key, index) => [key, INJECTIONS[index % INJECTIONS.length]!]));
    query.append(INJECTIONS[1], INJECTIONS[0]);
    const bench = await openDemo(page, `${BENCH.path}?${query}${HASH}`, BENCH.id);
    const notice = bench.locator('[data-part="config-notice"]');
    await expect(notice).toBeVisible();
    expect(await notice.getByRole('listitem').count()).toBeGreaterThanOrEqual(keys.length);
    for (const injection of INJECTIONS) await expect(notice).toContainText(injection);
    const d = DEFAULT_EXPERIMENT;
    const expected: [RegExp, number | null][] = [
      [/^Noise/, d.noise], [/^Data seed/, d.dataSeed], [/^Hidden layers/, d.depth], [/^Units per layer/, d.width],
      [LEARNING_RATE, d.learningRate], [/^Epochs/, d.epochs], [/^Seeds per activation/, d.seeds], [/^First seed/, d.firstSeed],
      [/^Target test accuracy/, d.targetAccuracy],
    ];
    for (const [label, value] of expected) await expect(field(bench, label)).toHaveValue(String(value));
    await expect(bench.getByLabel('Data set')).toHaveValue(d.dataset);
    await expect(bench.getByLabel('Optimizer')).toHaveValue(d.optimizer);
    await expect(bench.getByLabel('Initialiser')).toHaveValue(d.initializer);
    const checked = await bench.locator('[data-part="activation-choices"] input:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(checked.sort()).toEqual(d.activations.map((activation) => activation.id).sort());
    await check();
    expect(await trainToEnd(bench)).toBe('done');
  });
});

test.describe('an impatient reader', () => {
  /** The neuron's longest run; the CPU is slowed so it is still running when the test acts. */
  const LONG_RUN = { epochs: '5000', learningRate: '0.001' };
  const CPU_SLOWDOWN = 10;
  const WHILE_RUNNING_MS = 800;

  async function startLongRun(page: Page): Promise<{ demo: Locator; restoreCpu: () => Promise<void> }> {
    const demo = await openDemo(page, NEURON.path, NEURON.id);
    await typeInto(field(demo, EPOCHS), LONG_RUN.epochs);
    await typeInto(field(demo, LEARNING_RATE), LONG_RUN.learningRate);
    await startStateLog(demo);
    await startProgressLog(demo);
    const restoreCpu = await slowCpu(page, CPU_SLOWDOWN);
    await trainButton(demo).click();
    await expect(demo).toHaveAttribute('data-state', 'running');
    await page.waitForTimeout(WHILE_RUNNING_MS);
    return { demo, restoreCpu };
  }

  test('a double-click on Train starts one run, and its second click does not stop it', async ({ page }) => {
    const demo = await openDemo(page, NEURON.path, NEURON.id);
    await startStateLog(demo);
    await startProgressLog(demo);
    const restoreCpu = await slowCpu(page, CPU_SLOWDOWN);
    await trainButton(demo).dblclick();
    await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
    await restoreCpu();
    expect((await readStateLog(demo)).states).toEqual(['idle', 'running', 'done']);
    expect(backwardSteps(await readProgressLog(demo))).toBe(0);
  });

  test('Stop then Train at once: the first run has ended before the second starts, and only one runs', async ({ page }) => {
    const { demo, restoreCpu } = await startLongRun(page);
    await stopButton(demo).click();
    await trainButton(demo).click();
    await expect(demo).toHaveAttribute('data-state', 'running');
    await page.waitForTimeout(WHILE_RUNNING_MS);
    await stopButton(demo).click();
    await expect(demo).toHaveAttribute('data-state', 'idle');
    await restoreCpu();
    expect((await readStateLog(demo)).states).toEqual(['idle', 'running', 'idle', 'running', 'idle']);
    expect(backwardSteps(await readProgressLog(demo)), 'two runs reported progress at once').toBe(0);
    await expect(statusLine(demo)).toHaveText(new RegExp(`^Stopped at epoch \\d+ of ${LONG_RUN.epochs}`));
  });

  test('leaving the chapter mid-training and coming back leaves a working page', async ({ page }) => {
    const { demo: running, restoreCpu } = await startLongRun(page);
    const next = page.locator('a[rel="next"]');
    const nextPath = (await next.getAttribute('href'))!;
    await expect(running).toHaveAttribute('data-state', 'running');
    await next.click();
    await page.waitForURL((url) => url.pathname === nextPath);
    await restoreCpu();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectResponsive(page);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === NEURON.path);
    const demo = demoById(page, NEURON.id);
    await wakeDemo(demo);
    if ((await demo.getAttribute('data-state')) === 'running') {
      await stopButton(demo).click();
      await expect(demo).toHaveAttribute('data-state', 'idle');
    }
    await typeInto(field(demo, EPOCHS), '100');
    await typeInto(field(demo, LEARNING_RATE), '0.2');
    expect(await trainToEnd(demo)).toBe('done');
  });

  test('hiding the tab (and the browser freezing it) mid-training: the run carries on once, to the end', async ({ page }) => {
    const { demo, restoreCpu } = await startLongRun(page);
    await setVisibility(page, 'hidden');
    await expect(demo, 'the run should still be going when the tab hides').toHaveAttribute('data-state', 'running');
    const session = await page.context().newCDPSession(page);
    await session.send('Page.setWebLifecycleState', { state: 'frozen' });
    await new Promise((resolve) => setTimeout(resolve, WHILE_RUNNING_MS));
    await session.send('Page.setWebLifecycleState', { state: 'active' });
    await setVisibility(page, 'visible');
    await restoreCpu();
    await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
    expect((await readStateLog(demo)).states).toEqual(['idle', 'running', 'done']);
    expect(backwardSteps(await readProgressLog(demo))).toBe(0);
    await expect(statusLine(demo)).toHaveText(/^Done/);
  });
});

test.describe('a long session', () => {
  const RUNS = 50;
  const EPOCHS_PER_RUN = '20';
  /** After garbage collection. Measured: about 0.4 MB over runs 10→50 (compiled code and caches settling,
   *  slowing down as runs go on); a leak of 50 KB a run, say one chart kept per run, would exceed it. */
  const HEAP_GROWTH_LIMIT_BYTES = 2 * 1024 * 1024;
  const HEAP_BASELINE_RUN = 10;

  test(`${RUNS} back-to-back runs: live tensors stay flat and the JS heap does not keep growing`, async ({ page }) => {
    test.setTimeout(300_000);
    const demo = await openDemo(page, `${NEURON.path}?debug-tensors`, NEURON.id);
    await typeInto(field(demo, EPOCHS), EPOCHS_PER_RUN);
    const cdp = await page.context().newCDPSession(page);
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const tensors: number[] = [];
    let heapBaseline = 0;
    for (let run = 1; run <= RUNS; run++) {
      expect(await trainToEnd(demo), `run ${run}`).toBe('done');
      tensors.push(await liveTensors(page));
      if (run === HEAP_BASELINE_RUN) heapBaseline = await heapAfterGc();
    }
    const heapGrowth = (await heapAfterGc()) - heapBaseline;
    test.info().annotations.push({ type: 'memory', description: `tensors after each run: ${[...new Set(tensors)].join(', ')}; heap growth runs ${HEAP_BASELINE_RUN}→${RUNS}: ${(heapGrowth / 1024).toFixed(0)} KB` });
    expect(new Set(tensors).size, `live tensors over ${RUNS} runs: ${tensors.join(' ')}`).toBe(1);
    expect(heapGrowth).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES);
  });
});

test.describe('cells that fail', () => {
  const cellChapter = [...chapters]
    .filter((path) => builtHtml(path).includes('data-demo='))
    .sort((a, b) => cellsIn(b) - cellsIn(a))[0]!;
  const FAILURES = [
    { code: 'const ok = 1;\nconst broken = (1 + ;', shows: /SyntaxError/ },
    { code: 'throw new RangeError("thrown on purpose")', shows: /RangeError: thrown on purpose/ },
    { code: 'await new Promise((resolve) => setTimeout(resolve, 10));\nawait Promise.reject(new TypeError("rejected on purpose"))', shows: /TypeError: rejected on purpose/ },
    { code: 'Promise.reject(new Error("the final value rejected"))', shows: /Error: the final value rejected/ },
    { code: 'let spins = 0;\nwhile (true) { spins++; }', shows: /InterruptError/ },
  ];

  function cellsIn(path: string): number {
    return builtHtml(path).match(/<notebook-cell\b/g)?.length ?? 0;
  }

  test(`${cellChapter}: a syntax error, a throw, two rejected promises and an endless loop each show in their own cell; the rest of the page works`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(cellChapter);
    const cells = page.locator('notebook-cell');
    const count = await cells.count();
    expect(count, 'this chapter needs at least two cells').toBeGreaterThanOrEqual(2);
    const failing = FAILURES.map((failure, index) => ({ ...failure, cell: cells.nth(index % (count - 1)) }));
    const healthy = cells.nth(count - 1);

    for (const { code, shows, cell } of failing) {
      await cell.evaluate((element, source) => (element as unknown as CellElement).setSource(source), code);
      await cell.getByRole('button', { name: /^Run cell/ }).click();
      await expect(cell).toHaveAttribute('data-state', 'error', { timeout: CELL_TIMEOUT_MS });
      await expect(cell.locator('[data-part="output"]')).toContainText(shows);
      await expect(healthy.locator('[data-part="output"]')).toBeEmpty();
    }
    const lastFailure = failing.at(-1)!;
    await expect(lastFailure.cell.locator('[data-part="output"]')).toContainText(lastFailure.shows);

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
    const demo = await openDemo(page, `${NEURON.path}?tf-backend=broken-wasm&debug-tensors`, NEURON.id);
    await expect(demo.locator('[data-part="backend"]')).toHaveText('backend: cpu (wasm failed to start)');
    expect(await page.evaluate(() => (window as unknown as DebugWindow).__activationLabDebug.backend())).toBe('cpu');
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
    'components/ui/tab-choice.ts': 'code tabs (framework tab memory), below',
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
