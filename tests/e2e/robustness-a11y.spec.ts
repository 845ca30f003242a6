/**
 * Accessibility once the reader has used the page (issue 8): every chapter after its demos have
 * trained and its cells have run, in light and dark; every demo by keyboard alone, with Train/Stop
 * announced; every chart with a text alternative that states what it shows; reduced motion.
 * a11y.spec.ts checks the pages before anything runs.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { builtHtml, chapterPaths } from './support/site-pages';
import { scrollThrough } from './support/scroll-through';
import { readStateLog, startStateLog } from './support/state-log';
import { backwardSteps, readProgressLog, startProgressLog } from './support/progress-log';
import { blockingViolations, chartAlternatives, focusRingOf } from './support/a11y-checks';
import { slowCpu } from './support/page-conditions';
import { field, FINISHED, openDemo, RUN_TIMEOUT_MS, statusLine, trainButton, typeInto, wakeDemo } from './support/demo-actions';

const DESKTOP = { width: 1440, height: 900 };
const CELL_TIMEOUT_MS = 60_000;
/** A text alternative that says what a chart shows has more to it than "Chart". */
const MIN_WORDS_IN_ALTERNATIVE = 4;
const TAB_LIMIT = 200;
/** Slows the page so a demo's run is still going when the keyboard acts on it (doubled on each further attempt). */
const CPU_SLOWDOWN = 10;
/** Runs tried before a demo counts as never stoppable: a short run (the derivative check) can end before Space lands. */
const STOP_ATTEMPTS = 4;

test.use({ viewport: DESKTOP });

const chapters = chapterPaths();
const withDemos = chapters.filter((path) => builtHtml(path).includes('data-demo='));
const NEURON_PATH = chapters.find((path) => builtHtml(path).includes('data-demo="neuron"'))!;

/** Presses Train twice within one task, as a trembling hand might; the demo must run once. */
async function trainPressedTwice(demo: Locator): Promise<void> {
  const id = await demo.getAttribute('data-demo');
  await startStateLog(demo);
  await startProgressLog(demo);
  await trainButton(demo).evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expect(demo, `demo "${id}" did not finish`).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
  const { states } = await readStateLog(demo);
  expect(states.filter((state) => state === 'running'), `demo "${id}" states: ${states.join(' → ')}`).toHaveLength(1);
  const progress = await readProgressLog(demo);
  expect(backwardSteps(progress), `demo "${id}" ran twice at once: progress ${progress.join(" → ")}`).toBe(0);
  expect(await demo.getAttribute('data-state'), `demo "${id}": ${await statusLine(demo).textContent()}`).not.toBe('error');
}

/** Run all, until it has finished: every cell ran, or it stopped at an error (an unsolved exercise's check). */
async function runAllCells(page: Page): Promise<void> {
  const cells = page.locator('notebook-cell');
  if (!(await cells.count())) return;
  await page.locator('kernel-toolbar').getByRole('button', { name: 'Run all' }).click();
  await expect(cells.first()).toHaveAttribute('data-state', /^(done|error)$/, { timeout: CELL_TIMEOUT_MS });
  await expect(page.locator('notebook-cell[data-state="running"]')).toHaveCount(0, { timeout: (await cells.count()) * CELL_TIMEOUT_MS });
}

for (const path of chapters) {
  test(`${path} after its demos trained (Train pressed twice: one run each) and its cells ran: no serious axe finding in light or dark; every chart says what it shows`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await scrollThrough(page);
    const demos = page.locator('[data-demo]');
    for (const demo of await demos.all()) {
      await wakeDemo(demo);
      await trainPressedTwice(demo);
    }
    await runAllCells(page);

    expect(await blockingViolations(page), 'light theme, after running').toEqual([]);
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await blockingViolations(page), 'dark theme, after running').toEqual([]);

    const charts = await chartAlternatives(page.locator('article'));
    for (const { chart, name } of charts) {
      expect(name.split(' ').length, `${chart} is described only as "${name}"`).toBeGreaterThanOrEqual(MIN_WORDS_IN_ALTERNATIVE);
    }
    for (const demo of await demos.all()) {
      const names = (await chartAlternatives(demo)).map((chart) => chart.name);
      if (names.length === 0) continue;
      expect(names.some((name) => /\d/.test(name)), `no chart of demo "${await demo.getAttribute('data-demo')}" states a result: ${names.join(' / ')}`).toBe(true);
    }
  });
}

/**
 * Starts recording what a live region says (each change of its text); returns a reader of the
 * record. The region itself must be live: role=status, or aria-live.
 */
async function recordAnnouncements(region: Locator): Promise<() => Promise<string[]>> {
  expect(await region.evaluate((node) => node.getAttribute('role') === 'status' || node.hasAttribute('aria-live')), 'the status line is not a live region').toBe(true);
  await region.evaluate((node: HTMLElement & { __said?: string[] }) => {
    const said: string[] = [];
    node.__said = said;
    new MutationObserver(() => said.push(node.textContent ?? '')).observe(node, { childList: true, characterData: true, subtree: true });
  });
  return () => region.evaluate((node: HTMLElement & { __said?: string[] }) => node.__said ?? []);
}

/**
 * Presses Enter on Train, then Space. Space activates the focused button when it is released, so the
 * page notes, as the key comes up, whether the demo was still running and Stop had the focus. Returns
 * true when it was running (Stop must then have had the focus, or the test fails); false when the run
 * had already ended, in which case Space pressed Train again and that run is left to finish.
 */
async function enterThenSpace(page: Page, demo: Locator): Promise<boolean> {
  const id = await demo.getAttribute('data-demo');
  await demo.evaluate((root: HTMLElement & { __spaceUp?: { state?: string; onStop: boolean } }) => {
    root.__spaceUp = { onStop: false };
    const noteSpace = (event: KeyboardEvent): void => {
      if (event.key !== ' ') return;
      removeEventListener('keyup', noteSpace, { capture: true });
      const active = document.activeElement as HTMLElement | null;
      root.__spaceUp = { state: root.dataset.state, onStop: active?.dataset.part === 'stop' && root.contains(active) };
    };
    addEventListener('keyup', noteSpace, { capture: true });
  });
  await trainButton(demo).focus();
  await page.keyboard.press('Enter');
  await expect(demo).toHaveAttribute('data-state', /^(running|done|diverged)$/);
  await page.keyboard.press('Space');
  const atSpace = await demo.evaluate((root: HTMLElement & { __spaceUp?: { state?: string; onStop: boolean } }) => root.__spaceUp!);
  if (atSpace.state === 'running') {
    expect(atSpace.onStop, `demo "${id}": focus should move to Stop while it runs`).toBe(true);
    return true;
  }
  await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
  return false;
}

/** Every control a keyboard user should reach inside `demo`, as ids or descriptions. */
async function tabbableIn(demo: Locator): Promise<string[]> {
  return demo.evaluate((root) => {
    const selector = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    return [...root.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => !(el as HTMLInputElement).disabled && el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }))
      .map((el) => el.id || `${el.localName}:${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}`);
  });
}

for (const path of withDemos) {
  test(`${path}: every demo's controls are reached by Tab with a visible focus ring; Enter trains, Space stops, and both are announced`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(path);
    for (const demo of await page.locator('[data-demo]').all()) {
      const id = await demo.getAttribute('data-demo');
      await wakeDemo(demo);
      const expected = await tabbableIn(demo);
      await demo.evaluate((root) => {
        const before = document.createElement('button');
        before.textContent = 'before the demo';
        before.dataset.testAnchor = '';
        root.before(before);
        before.focus();
      });
      const reached: string[] = [];
      for (let presses = 0; presses < TAB_LIMIT; presses++) {
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        const inside = await focused.evaluate((el, root) => root.contains(el), await demo.elementHandle());
        if (!inside) break;
        const ring = await focusRingOf(focused);
        const name = await focused.evaluate((el) => el.id || `${el.localName}:${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}`);
        expect(ring, `demo "${id}": ${name} shows no focus ring`).toEqual({ visible: true, ring: true });
        reached.push(name);
      }
      await page.locator('[data-test-anchor]').evaluate((anchor) => anchor.remove());
      expect(expected.filter((name) => !reached.includes(name)), `demo "${id}": not reached by Tab`).toEqual([]);

      const epochs = field(demo, /epochs/i);
      if (await epochs.count()) await typeInto(epochs, String(await epochs.getAttribute('max')));
      const said = await recordAnnouncements(statusLine(demo));
      let caught = false;
      for (let attempt = 0; attempt < STOP_ATTEMPTS && !caught; attempt++) {
        const restoreCpu = await slowCpu(page, CPU_SLOWDOWN * 2 ** attempt);
        caught = await enterThenSpace(page, demo);
        await restoreCpu();
      }
      expect(caught, `demo "${id}": every run ended before Space reached it, even with the CPU ${CPU_SLOWDOWN * 2 ** (STOP_ATTEMPTS - 1)}× slower`).toBe(true);
      await expect(demo, `demo "${id}": Space on Stop did not stop the run`).toHaveAttribute('data-state', 'idle', { timeout: RUN_TIMEOUT_MS });
      await expect(trainButton(demo)).toBeFocused();
      await expect.poll(async () => (await said()).at(-1), { message: `demo "${id}" did not announce the stop` }).toMatch(/^Stopped/);
      expect((await said()).length, `demo "${id}" announced neither the start nor the end of its run`).toBeGreaterThanOrEqual(2);
    }
  });
}

/** Time after the last slider move for the last capped redraw to land. */
const SETTLE_MS = 600;

/**
 * Timestamps (ms) of each redraw of the demo's first chart while a reader drags its first slider
 * steadily for `dragMs` (an input event every frame or so). Training asks the same repaint
 * scheduler for its frames, but a drag lasts as long as the test wants on any machine.
 */
async function paintsWhileDragging(demo: Locator, dragMs: number): Promise<number[]> {
  return demo.evaluate(async (root, [ms, settleMs]) => {
    const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
    const stamps: number[] = [];
    const observer = new MutationObserver(() => stamps.push(performance.now()));
    // A redraw either replaces the chart or recolours it in place (live maps set the image's xlink:href).
    observer.observe(root.querySelector('[data-chart]')!, { childList: true, subtree: true, attributes: true });
    const [min, max] = [Number(slider.min), Number(slider.max)];
    for (let started = performance.now(), step = 0; performance.now() - started < ms; step++) {
      slider.value = String(min + ((step * 0.37) % 1) * (max - min));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    observer.disconnect();
    return stamps;
  }, [dragMs, SETTLE_MS] as const);
}

test('with reduced motion a chart redraws at most twice a second instead of animating', async ({ page }) => {
  const DRAG_MS = 2_500;
  /** repaint.ts allows 2 redraws a second with reduced motion; the watch lasts DRAG_MS plus the settle time. */
  const REDUCED_PER_SECOND = 2;
  const WATCHED_S = (DRAG_MS + SETTLE_MS) / 1000;
  const demo = await openDemo(page, NEURON_PATH, 'neuron');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  const reduced = await paintsWhileDragging(demo, DRAG_MS);
  expect(reduced.length, 'the chart should still follow the slider').toBeGreaterThanOrEqual(3);
  expect(reduced.length, `redraws in ${WATCHED_S} s of dragging`).toBeLessThanOrEqual(Math.floor(WATCHED_S * REDUCED_PER_SECOND) + 1);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const normal = await paintsWhileDragging(demo, DRAG_MS);
  expect(normal.length, 'without the preference the chart follows the slider closely').toBeGreaterThan(2 * reduced.length);
});
