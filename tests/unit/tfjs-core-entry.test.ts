/**
 * The browser's tfjs-core entry (lab/tfjs-core-browser.ts), loaded alone as a page on the wasm backend
 * loads it: the cpu backend is registered but its code (lab/tfjs-cpu-browser.ts) is imported only when
 * tfjs starts it, and then runs ops and gradients. This file imports no umbrella package, whose own cpu
 * backend would be registered first.
 */
import { describe, expect, it } from 'vitest';
import * as core from '../../lab/tfjs-core-browser.ts';

describe('the browser tfjs-core entry', () => {
  it('registers cpu without starting it, and starts it on demand with its kernels', async () => {
    expect(core.engine().registryFactory.cpu).toBeDefined();
    expect(core.engine().registry.cpu).toBeUndefined();
    expect(core.getBackend()).toBeFalsy();
    expect(await core.setBackend('cpu')).toBe(true);
    expect(core.getBackend()).toBe('cpu');
    expect(core.engine().registry.cpu?.constructor.name).toBe('MathBackendCPU');
    const slope = core.tidy(() => core.grad((x: core.Tensor) => x.square().mul(3))(core.scalar(2)).dataSync()[0]);
    expect(slope).toBeCloseTo(12, 5);
    expect(core.tidy(() => core.softplus(core.tensor1d([0])).dataSync()[0])).toBeCloseTo(Math.log(2), 6);
  });

  it('starts cpu as the best registered backend when nothing else is registered (tf.ready)', async () => {
    await core.ready();
    expect(core.getBackend()).toBe('cpu');
  });
});
