/**
 * Every chapter offers itself as a notebook: a "Download notebook (.ipynb)" link to an nbformat 4
 * file for the Deno kernel with one code cell per cell on the page (after its set-up cell), whose
 * set-up cell imports the helpers this build serves (and lab/, when a cell uses it); and a "Run it in Jupyter" note that opens from the
 * keyboard. (tests/notebooks/ runs the notebooks themselves in Jupyter.)
 */
import { test, expect } from './support/guarded-page';
import { chapterPaths } from './support/site-pages';

const LINK_NAME = 'Download notebook (.ipynb)';

interface Notebook {
  nbformat: number;
  metadata: { kernelspec: { name: string }; activation_lab: { lab_module: string; helpers_module: string; page: string } };
  cells: { cell_type: string; source: string[]; metadata: { activation_lab?: { page_cell?: number; setup?: boolean } } }[];
}

for (const path of chapterPaths()) {
  test(`${path}: the notebook download matches the page`, async ({ page, request }) => {
    await page.goto(path);
    const link = page.getByRole('link', { name: LINK_NAME });
    await expect(link).toHaveCount(1);
    const slug = path.split('/').filter(Boolean).pop()!;
    await expect(link).toHaveAttribute('href', new RegExp(`/notebooks/${slug}\\.ipynb$`));
    await expect(link).toHaveAttribute('download', `${slug}.ipynb`);

    const response = await request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    const notebook = (await response.json()) as Notebook;
    expect(notebook.nbformat).toBe(4);
    expect(notebook.metadata.kernelspec.name).toBe('deno');
    expect(new URL(notebook.metadata.activation_lab.page).pathname).toBe(path);

    const code = notebook.cells.filter((cell) => cell.cell_type === 'code');
    expect(code[0]!.metadata.activation_lab?.setup).toBe(true);
    const pageCells = page.locator('[data-cell]');
    expect(code.slice(1).map((cell) => cell.metadata.activation_lab?.page_cell)).toEqual(
      Array.from({ length: await pageCells.count() }, (_, i) => i + 1),
    );
    for (const [index, cell] of code.slice(1).entries()) {
      expect(cell.source.join('')).toBe(await pageCells.nth(index).getAttribute('data-source'));
    }

    const setup = code[0]!.source.join('');
    expect(setup).toContain('import * as tf from "npm:@tensorflow/tfjs@');
    const modules = [[notebook.metadata.activation_lab.lab_module, 'npm:@tensorflow/tfjs@'], [notebook.metadata.activation_lab.helpers_module, 'npm:linkedom@']];
    expect(setup).toContain(notebook.metadata.activation_lab.helpers_module);
    for (const [module, npmImport] of modules) {
      const served = await request.get(new URL(module!).pathname);
      expect(served.status(), module).toBe(200);
      expect(await served.text()).toContain(`from "${npmImport}`);
    }
  });
}

test('the "Run it in Jupyter" note opens from the keyboard and says how', async ({ page }) => {
  await page.goto(chapterPaths()[0]!);
  const summary = page.getByText('Run it in Jupyter', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const note = page.locator('.notebook-download details p');
  await expect(note).toBeVisible();
  await expect(note).toContainText('deno jupyter --install');
  await expect(note.locator('code').first()).toHaveText('npm install -g deno');
});
