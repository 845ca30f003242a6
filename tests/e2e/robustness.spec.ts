/**
 * The hostile-reader suite (issue 8), part 1: what a reader types or links. A learning rate at the
 * top of its range, absurd network sizes typed or put in the address, and garbage (markup, bad
 * escapes) in every address parameter the site reads. Each case ends with the page still working
 * and a clear message where one is due. Demos and controls are found through the demo contract and
 * their labels, so a new widget is covered the day it appears. Parts 2 and 3: robustness-session,
 * robustness-environment; accessibility after use: robustness-a11y.
 */
import { execFileSync } from 'node:child_process';
import type { Locator } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { builtHtml, chapterPaths } from './support/site-pages';
import { watchForInjection } from './support/injection-watch';
import {
  chapterOfDemo, expectResponsive, field, fieldError, MOUNT_TIMEOUT_MS, numberLimits, openDemo, statusLine, trainButton,
  trainToEnd, typeInto, wakeDemo,
} from './support/demo-actions';
import { readStateLog, startStateLog } from './support/state-log';
import { DEFAULT_EXPERIMENT } from '../../lab/experiments/limits.ts';
import { URL_KEYS } from '../../lab/experiments/url-config.ts';

const chapters = chapterPaths();
const LEARNING_RATE = /^Learning rate/;
const EPOCHS = /epochs/i;
/** Controls that size a network: how many layers, how many units (not, say, "Epochs per width"). */
const NETWORK_SIZE = /^(hidden )?(layers|units|width|depth|neurons)\b/i;
/** The example of an absurd learning rate. */
const ABSURD_LEARNING_RATE = 10;
/** Few epochs keep the runs at extreme settings short; each demo's own minimum still applies. */
const SHORT_RUN_EPOCHS = 20;
const NEURON = { path: chapterOfDemo('neuron'), id: 'neuron' };
const BENCH = { path: chapterOfDemo('experiment-bench'), id: 'experiment-bench' };

/** The text of every <label> of a number input in a built page (what a reader can type into). */
function numberFieldLabels(html: string): string[] {
  const numberIds = new Set([...html.matchAll(/<input\b[^>]*>/g)].map((match) => match[0])
    .filter((tag) => /\btype="number"/.test(tag)).map((tag) => /\bid="([^"]+)"/.exec(tag)?.[1]));
  return [...html.matchAll(/<label\b[^>]*\bfor="([^"]+)"[^>]*>([\s\S]*?)<\/label>/g)]
    .filter((match) => numberIds.has(match[1]))
    .map((match) => match[2]!.replace(/<[^>]+>/g, '').trim());
}

/** Chapters with a demo that has a number field labelled like this. */
function chaptersWithDemoControl(label: RegExp): string[] {
  return chapters.filter((path) => builtHtml(path).includes('data-demo=') && numberFieldLabels(builtHtml(path)).some((text) => label.test(text)));
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
    'components/ui/backend/tf-backend.ts': 'test hooks',
    'components/ui/backend/debug-hook.ts': 'test hooks',
    // ?train-in=page|worker: anything else leaves the choice to the page-step rule.
    'components/ui/demo-run/run-worker.ts': 'test hooks',
    'components/ui/tabs/code-tabs.ts': 'fragment',
    'components/ui/demo-run/reader-activity.ts': 'fragment',
    'components/notebook/kernel/kernel-connection.ts': 'notebook kernel',
    'components/notebook/worker/kernel-worker.ts': 'notebook kernel',
    // Maps settings to and from URL parameters through the form's own validators (tests/unit/ui-settings-form.test.ts).
    'components/ui/controls/settings-form.ts': 'settings form',
    // Every demo's Copy link and the links it makes: garbage in them is tested in demo-links.spec.ts.
    'components/ui/demo-run/demo-link.ts': 'demo links',
    // ?engine=: a value that is no engine is refused with a notice (engine.spec.ts).
    'components/ui/backend/engine-setting.ts': 'engine setting',
  };

  test('every reader of the address in components/ and site/ has a garbage test here', () => {
    const readers = execFileSync('grep', ['-rlE', String.raw`location\.(search|hash|href)|URLSearchParams`, 'components', 'site'], { encoding: 'utf8' })
      .trim().split('\n').filter(Boolean).sort();
    expect(readers).toEqual(Object.keys(ADDRESS_READERS).sort());
  });

  test('notebook kernel: a hostile query reaches the kernel worker (which reads the page\'s query) harmlessly', async ({ page }) => {
    const cellPath = chapters.find((path) => builtHtml(path).includes('<notebook-cell'))!;
    const check = await watchForInjection(page);
    const query = new URLSearchParams([['tf-backend', INJECTIONS[0]], ['pixel-ratio', INJECTIONS[1]], ['pixel-ratio', '1e999'], [INJECTIONS[0], '1']]);
    await page.goto(`${cellPath}?${query}${HASH}`);
    const cell = page.locator('notebook-cell').first();
    await cell.evaluate((element) => (element as unknown as { setSource(code: string): Promise<void> }).setSource('Plot.dot([[1, 2], [2, 3]]).plot({ width: 240, height: 120 })'));
    await cell.getByRole('button', { name: /^Run cell/ }).click();
    await expect(cell).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(cell.locator('[data-part="output"] svg[role="img"]')).toBeVisible();
    await expect(page.locator('kernel-toolbar [data-part="status"]')).toContainText(/backend wasm/);
    await check();
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
    await expect(notices).toBeVisible({ timeout: MOUNT_TIMEOUT_MS });
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

  test('test hooks: a garbled backend choice, debug flag or training place starts the default backend, and the demo trains on the page', async ({ page }) => {
    const check = await watchForInjection(page);
    const query = new URLSearchParams([['tf-backend', INJECTIONS[0]], ['debug-tensors', INJECTIONS[1]], ['train-in', INJECTIONS[0]]]);
    const demo = await openDemo(page, `${NEURON.path}?${query}${HASH}`, NEURON.id);
    // The default backend, started without complaint: no fallback, nothing of the garbage echoed.
    await expect(demo.locator('[data-part="backend"]')).toHaveText(/^backend: (cpu|wasm)$/);
    expect(await trainToEnd(demo)).toBe('done');
    // The neuron's small steps stay on the page: the garbled ?train-in was ignored, not obeyed.
    await expect(demo).toHaveAttribute('data-train-in', 'page');
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
