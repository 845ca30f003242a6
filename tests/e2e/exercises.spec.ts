/**
 * Checked exercises (issue 14). Every chapter ends with two to four; each is found from the built
 * site by its data-exercise root. For each one: the starter code is refused, a typical wrong answer
 * (listed below, so a new exercise fails here until it has one) is refused with a reason in the check
 * cell, and the worked solution, copied in with its own button, is accepted. After all of a page's
 * exercises, a Restart leaves exactly as many tensors as the kernel had before they ran.
 */
import type { Locator } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { builtHtml, chapterPaths } from './support/site-pages';
import { KERNEL_START_MS, kernelTensorCount, restartKernel, setCellSource } from './support/notebook-actions';

const CHECK_MS = 60_000;
const EXERCISE_ID = /data-exercise="([^"]+)"/g;

/** A plausible mistake per exercise, and what the check must say about it. */
const WRONG_ANSWERS: Readonly<Record<string, { code: string; says: RegExp }>> = {
  'neuron-output': {
    code: 'function neuron(x, w, b) {\n  let z = 0;\n  for (let i = 0; i < x.length; i++) z += w[i] * x[i];\n  return 1 / (1 + Math.exp(-z));\n}',
    says: /without the bias: add b before the sigmoid/,
  },
  'bias-on-the-line': { code: 'const boundaryBias = -0.3;', says: /gets z = 0\.8/ },
  'boundary-distance': { code: 'function distanceFromOrigin(w, b) {\n  return b / Math.hypot(...w);\n}', says: /A distance is never negative/ },
  'rule-as-neuron': { code: 'const rule = { w: [2, -1], b: 3 };', says: /the rule says not class 1/ },
  'merge-linear-layers': { code: 'function mergeLinear(W1, b1, W2, b2) {\n  return { W: W1.matMul(W2), b: b2 };\n}', says: /That is b2 alone/ },
  'hat-from-relus': { code: 'function hat(x) {\n  return tf.relu(x.add(1)).sub(tf.relu(x.sub(1)));\n}', says: /At x = 0\.25 the hat is 0\.75, but hat\(x\) gives 1\.25/ },
  'chain-rule': {
    code: 'function gradW1(w1, w2, x) {\n  const a1 = 1 / (1 + Math.exp(-w1 * x));\n  const a2 = Math.tanh(w2 * a1);\n  return (1 - a2 * a2) * a1 * (1 - a1) * x;\n}',
    says: /the weight w₂ is missing/,
  },
  'tanh-from-sigmoid': { code: 'function tanhFromSigmoid(x) {\n  return tf.sigmoid(x).mul(2).sub(1);\n}', says: /That is tanh\(x\/2\)/ },
  'stable-softmax': {
    code: 'function softmax(scores) {\n  const exps = scores.map(Math.exp);\n  const total = exps.reduce((sum, e) => sum + e, 0);\n  return exps.map((e) => e / total);\n}',
    says: /e\^1000 overflows to Infinity/,
  },
  'maxout-leaky': { code: 'const maxoutPieces = [[1, 0], [0.2, 0]];', says: /gives -0\.4, but the larger of your two lines is -0\.8/ },
  'elu-derivative': { code: 'function eluDerivative(x, alpha) {\n  return x > 0 ? 1 : Math.exp(x);\n}', says: /That is eˣ: the slope on the left is α times that/ },
  'hidden-error': { code: 'function hiddenError(delta2, W2, z1) {\n  return delta2.matMul(W2.transpose());\n}', says: /That is δ²·W²ᵀ alone/ },
  'smallest-gradient': { code: 'const prediction = { sigmoid: 1, relu: 1 };', says: /For ReLU with He, layer 1’s gradient is 0\.0488, but layer 10’s is smaller/ },
  'swish-dip': { code: 'const betaForDip = 0.2;', says: /deeper than −0\.2: a larger β makes the dip shallower/ },
  'swish-beta-gradient': {
    code: 'function dSwishDBeta(x, beta) {\n  const gate = 1 / (1 + Math.exp(-beta * x));\n  return x * gate * (1 - gate);\n}',
    says: /off by a factor of x/,
  },
  'affine-projection': {
    code: 'function projectToAffine(c) {\n  const total = c.reduce((sum, ci) => sum + ci, 0);\n  return c.map((ci) => ci / total);\n}',
    says: /moved the coefficients by different amounts/,
  },
  'convex-slope': { code: 'const slopeLogits = [0.1, 0.9];', says: /These look like the coefficients themselves/ },
  'cross-entropy-gradient': {
    code: 'function dLossDz(z, y) {\n  const a = 1 / (1 + Math.exp(-z));\n  return 2 * (a - y) * a * (1 - a);\n}',
    says: /That is the squared error’s gradient/,
  },
  'truncated-variance': { code: 'const keptVariance = 0.9545;', says: /is the share of draws that land within ±2σ/ },
  'port-leaky-relu': { code: 'const portedLeaky = tf.layers.leakyReLU({ alpha: 0.2 });', says: /Your layer’s negative slope is 0\.2\./ },
  'keras-hard-sigmoid': {
    code: "function kerasHardSigmoid(x) {\n  return tf.layers.activation({ activation: 'hardSigmoid' }).apply(x);\n}",
    says: /the Keras 2 form with slope 0\.2/,
  },
};

const chapters = chapterPaths();
const exercisesOn = (path: string): string[] => [...builtHtml(path).matchAll(EXERCISE_ID)].map((match) => match[1]!);

test('every exercise on the site has a wrong answer to try here, and every chapter has two to four exercises', () => {
  const ids = chapters.flatMap(exercisesOn);
  expect(new Set(ids).size, 'exercise ids are unique across the site').toBe(ids.length);
  expect(ids.sort()).toEqual(Object.keys(WRONG_ANSWERS).sort());
  for (const path of chapters) {
    const count = exercisesOn(path).length;
    expect(count, `${path} has ${count} exercises`).toBeGreaterThanOrEqual(2);
    expect(count, `${path} has ${count} exercises`).toBeLessThanOrEqual(4);
  }
});

async function check(exercise: Locator): Promise<string> {
  await exercise.getByRole('button', { name: 'Check answer' }).click();
  await expect(exercise).toHaveAttribute('data-state', /^(solved|wrong)$/, { timeout: CHECK_MS });
  return (await exercise.getAttribute('data-state'))!;
}

for (const path of chapters) {
  test(`${path}: each exercise refuses its starter and a wrong answer, saying why, and accepts its worked solution; no tensor is left behind`, async ({ page }) => {
    const ids = exercisesOn(path);
    test.setTimeout(KERNEL_START_MS + ids.length * 3 * CHECK_MS);
    await page.goto(path);
    const before = await kernelTensorCount(page);

    for (const id of ids) {
      const exercise = page.locator(`[data-exercise="${id}"]`);
      const [answer, checkCell] = [exercise.locator('notebook-cell').first(), exercise.locator('notebook-cell').nth(1)];
      await expect(exercise.locator('notebook-cell'), `${id}: an answer cell and a check cell`).toHaveCount(2);
      await expect(exercise).toHaveAttribute('data-state', 'idle');
      await exercise.scrollIntoViewIfNeeded();

      expect(await check(exercise), `${id}: the starter code is refused`).toBe('wrong');
      await expect(exercise.locator('[data-part="verdict"]')).toContainText('Not yet');

      const wrong = WRONG_ANSWERS[id]!;
      await setCellSource(answer, wrong.code);
      expect(await check(exercise), `${id}: the wrong answer is refused`).toBe('wrong');
      await expect(checkCell).toHaveAttribute('data-state', 'error');
      await expect(checkCell.locator('[data-part="output"]')).toContainText('Not yet');
      await expect(checkCell.locator('[data-part="output"]')).toContainText(wrong.says);

      await exercise.getByText('Worked solution', { exact: true }).click();
      await exercise.getByRole('button', { name: 'Copy this solution into the answer cell' }).click();
      await expect(exercise.getByRole('button', { name: 'Check answer' })).toBeFocused();
      expect(await check(exercise), `${id}: the worked solution is accepted: ${await checkCell.innerText()}`).toBe('solved');
      await expect(checkCell.locator('[data-part="output"]')).toContainText(/^Correct: /);
      await expect(exercise.locator('[data-part="verdict"]')).toContainText('Solved');
    }

    await restartKernel(page);
    expect(await kernelTensorCount(page), 'tensors alive after a Restart, against before the exercises ran').toBe(before);
  });
}
