/** Searching the guide through its search dialog, as a reader would. */
import { expect, type Page } from '@playwright/test';

/** Opens search, types `word` and returns the paths the results link to. */
export async function searchResultPaths(page: Page, word: string): Promise<string[]> {
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').or(dialog.getByRole('searchbox')).first().fill(word);
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
