/** Keyboard helpers: start tabbing from a known spot. */
import type { Locator } from '@playwright/test';

/** Puts a focusable button right before `target` and focuses it, so the next Tab goes into `target`. */
export async function focusJustBefore(target: Locator): Promise<void> {
  await target.evaluate((node) => {
    const before = document.createElement('button');
    before.textContent = 'just before';
    node.before(before);
    before.focus();
  });
}
