/** The neuron widget (chapter 1): exploring by hand, picking points, refusing bad input, training. */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { readStateLog, startStateLog } from './support/state-log';
import { slowCpu } from './support/page-conditions';

const CHAPTER = '/chapters/the-artificial-neuron/';
/** Long enough for the run to be under way; with the CPU slowed, far shorter than 5,000 epochs take. */
const STOP_AFTER_MS = 300;
/** The neuron trains thousands of epochs a second; slowing the CPU keeps the run going long enough to stop it. */
const CPU_SLOWDOWN = 20;

async function openNeuron(page: Page): Promise<Locator> {
  await page.goto(CHAPTER);
  const demo = page.locator('[data-demo="neuron"]');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.locator('svg[role="img"]').first()).toBeVisible({ timeout: 60_000 });
  return demo;
}

async function train(demo: Locator): Promise<void> {
  await demo.getByRole('button', { name: /^Train/ }).click();
  await expect(demo).toHaveAttribute('data-state', /^(done|diverged|error|idle)$/, { timeout: 120_000 });
  await expect(demo).not.toHaveAttribute('data-state', 'running');
}

const readout = (demo: Locator) => demo.locator('[data-part="readout"]');
const sliderValues = (demo: Locator) =>
  Promise.all(['w₁', 'w₂', 'b'].map((name) => demo.getByRole('slider', { name, exact: true }).inputValue()));

test('moving the bias slider changes z for the chosen point by the same amount', async ({ page }) => {
  const demo = await openNeuron(page);
  await demo.getByLabel('x₁', { exact: true }).fill('2');
  await demo.getByLabel('x₂', { exact: true }).fill('1');
  await expect(readout(demo)).toContainText('= 1.500');
  const bias = demo.getByRole('slider', { name: 'b', exact: true });
  await bias.fill('-2');
  await expect(readout(demo)).toContainText('= −0.500');
  await expect(readout(demo)).toContainText('a = step(−0.500) = 0.000');
  await demo.getByLabel('Activation f').selectOption('sigmoid');
  await expect(readout(demo)).toContainText('a = sigmoid(−0.500) = 0.378');
});

test('the point can be moved with the arrow keys on the plane and by clicking it', async ({ page }) => {
  const demo = await openNeuron(page);
  const plane = demo.getByRole('application', { name: /Input plane/ });
  await plane.focus();
  await page.keyboard.press('Home');
  await expect(demo.getByLabel('x₁', { exact: true })).toHaveValue('0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(demo.getByLabel('x₁', { exact: true })).toHaveValue('0.25');
  await expect(demo.getByLabel('x₂', { exact: true })).toHaveValue('1');

  const chart = plane.locator('svg[role="img"]');
  const box = (await chart.boundingBox())!;
  await chart.click({ position: { x: box.width - 30, y: 30 } });
  const x1 = Number(await demo.getByLabel('x₁', { exact: true }).inputValue());
  const x2 = Number(await demo.getByLabel('x₂', { exact: true }).inputValue());
  expect(x1).toBeGreaterThan(4);
  expect(x2).toBeGreaterThan(4);
});

test('invalid settings are refused with a visible reason and training does not start', async ({ page }) => {
  const demo = await openNeuron(page);
  const rate = demo.getByLabel('Learning rate');
  await rate.fill('0');
  await expect(demo.getByText('Learning rate must be at least 0.001.')).toBeVisible();
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await demo.getByRole('button', { name: /^Train/ }).click();
  await expect(demo.locator('[data-part="status"]')).toContainText('Training did not start');
  await expect(demo).toHaveAttribute('data-state', 'idle');

  await demo.getByLabel('Seed').fill('1.5');
  await expect(demo.getByText('Seed must be a whole number.')).toBeVisible();
  await demo.getByLabel('x₁', { exact: true }).fill('99');
  await expect(demo.getByText('x₁ must be at most 7.')).toBeVisible();
});

test('the same seed trains to the same weights and accuracy; another seed gives other data', async ({ page }) => {
  const demo = await openNeuron(page);
  await train(demo);
  await expect(demo).toHaveAttribute('data-state', 'done');
  const first = { value: await demo.getAttribute('data-value'), sliders: await sliderValues(demo) };
  await train(demo);
  const second = { value: await demo.getAttribute('data-value'), sliders: await sliderValues(demo) };
  expect(second).toEqual(first);
  expect(first.sliders).not.toEqual(['1', '-0.5', '0']);

  await demo.getByLabel('Seed').fill('12345');
  await demo.getByLabel('Seed').blur();
  await train(demo);
  await expect(demo).toHaveAttribute('data-state', 'done');
  expect(await sliderValues(demo)).not.toEqual(first.sliders);
});

test('Stop ends a long run early and returns the widget to idle', async ({ page }) => {
  const demo = await openNeuron(page);
  await demo.getByLabel('Epochs').fill('5000');
  await demo.getByLabel('Learning rate').fill('0.001');
  const trainButton = demo.getByRole('button', { name: /^Train/ });
  const box = (await trainButton.boundingBox())!;
  await startStateLog(demo);
  const restoreCpu = await slowCpu(page, CPU_SLOWDOWN);
  await trainButton.click();
  await expect(demo).toHaveAttribute('data-state', 'running');
  // Stop takes Train's place. A raw mouse click, like a reader's, needs no page script to run first.
  await page.waitForTimeout(STOP_AFTER_MS);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await restoreCpu();
  await expect(demo).toHaveAttribute('data-state', 'idle', { timeout: 60_000 });
  expect((await readStateLog(demo)).states).toEqual(['idle', 'running', 'idle']);
  await expect(demo.locator('[data-part="status"]')).toContainText(/Stopped at epoch \d+ of 5000/);
  await expect(trainButton).toBeVisible();
  await expect(demo.getByRole('button', { name: 'Stop' })).toBeHidden();
});

test('the charts follow the theme switch', async ({ page }) => {
  const demo = await openNeuron(page);
  const class0Colour = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--c2').trim().toLowerCase());
  const drawnWith = (colour: string) => demo.locator(`svg[role="img"] [fill="${colour}"]`).count();
  await page.getByLabel('Colour theme').selectOption('light');
  const light = await class0Colour();
  await expect.poll(() => drawnWith(light)).toBeGreaterThan(0);
  await page.getByLabel('Colour theme').selectOption('dark');
  const dark = await class0Colour();
  expect(dark).not.toBe(light);
  await expect.poll(() => drawnWith(dark)).toBeGreaterThan(0);
  expect(await drawnWith(light)).toBe(0);
});
