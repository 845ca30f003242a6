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
