/**
 * Reads tfjs's state through the page's debug hook (components/ui/debug-hook.ts), which exists only
 * when the page address carries ?debug-tensors.
 */
import type { Page } from '@playwright/test';

export const DEBUG_QUERY = 'debug-tensors';

interface DebugWindow {
  __activationLabDebug: { memory(): { numTensors: number }; backend(): string };
}

export async function liveTensors(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as DebugWindow).__activationLabDebug.memory().numTensors);
}

export async function activeBackend(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as DebugWindow).__activationLabDebug.backend());
}

/** Samples the live tensor count every few milliseconds until the returned function gives the peak. */
export async function samplePeakTensors(page: Page, everyMs = 5): Promise<() => Promise<number>> {
  await page.evaluate((interval) => {
    const hook = (window as unknown as DebugWindow).__activationLabDebug;
    const state = { peak: hook.memory().numTensors, timer: 0 };
    state.timer = window.setInterval(() => { state.peak = Math.max(state.peak, hook.memory().numTensors); }, interval);
    (window as unknown as { __tensorPeak: typeof state }).__tensorPeak = state;
  }, everyMs);
  return () => page.evaluate(() => {
    const state = (window as unknown as { __tensorPeak: { peak: number; timer: number } }).__tensorPeak;
    clearInterval(state.timer);
    return state.peak;
  });
}
