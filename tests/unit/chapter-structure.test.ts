// How every chapter is built (issue 14): it ends with Key points (three to six) and then two to four
// checked exercises wired to lab/'s checkers; chapters 3 to 7 draw with Plot in a cell; links between
// chapters are relative; reader-facing text does not talk to developers; and the reordering holds.
import { describe, expect, it } from 'vitest';
import { exerciseIds, listActivations } from '../../lab/index.ts';
import { chapterFiles, chapterSource } from './support/chapter-text.ts';

const prefixes = chapterFiles().map((file) => file.slice(0, 2));
const RUN_FENCE = /```js run\n([\s\S]*?)```/g;

function h2Headings(source: string): string[] {
  return [...source.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);
}

function section(source: string, heading: string): string {
  const start = source.indexOf(`## ${heading}\n`);
  const next = source.indexOf('\n## ', start + 1);
  return source.slice(start, next < 0 ? undefined : next);
}

function exercisesIn(source: string): { id: string; body: string }[] {
  return [...source.matchAll(/<Exercise id="([^"]+)"[\s\S]*?<\/Exercise>/g)].map((match) => ({ id: match[1]!, body: match[0] }));
}

describe.each(prefixes)('chapter %s', (prefix) => {
  const source = chapterSource(prefix);

  it('ends with Key points (three to six bullets) and then its exercises', () => {
    expect(h2Headings(source).slice(-2)).toEqual(['Key points', 'Exercises']);
    const bullets = section(source, 'Key points').match(/^- /gm) ?? [];
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.length).toBeLessThanOrEqual(6);
  });

  it('has two to four exercises, each with an answer cell, a check cell for its own id, a hint and a worked solution', () => {
    const exercises = exercisesIn(section(source, 'Exercises'));
    expect(exercises.length).toBeGreaterThanOrEqual(2);
    expect(exercises.length).toBeLessThanOrEqual(4);
    for (const { id, body } of exercises) {
      const cells = [...body.matchAll(RUN_FENCE)].map((match) => match[1]!);
      expect(cells, `${id}: an answer cell and a check cell`).toHaveLength(2);
      expect(cells[1]!.trim(), `${id}: the check is awaited, so Jupyter's Deno kernel shows its verdict`).toMatch(new RegExp(`^await lab\\.checkExercise\\('${id}', \\w+\\)$`));
      expect(body, `${id}: a worked solution, one static code block`).toMatch(/<Fragment slot="solution">\s*```js\n[\s\S]+?```\s*<\/Fragment>/);
      expect(body, `${id}: a hint`).toContain('<Fragment slot="hint">');
      expect(body, `${id}: an explanation`).toContain('<Fragment slot="explanation">');
    }
  });

  it('links to other chapters relatively, so the links work under any base path', () => {
    expect(source).not.toMatch(/\]\(\/(?!\/)/);
    for (const [, target] of source.matchAll(/\]\((\.\.\/[^)]*)\)/g)) expect(target).toMatch(/^\.\.\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
  });

  it('talks to readers, not to developers', () => {
    expect(source).not.toMatch(/npm run|were not checked for this chapter/);
  });
});

describe('across the guide', () => {
  it('uses every exercise lab/ can check exactly once', () => {
    const used = prefixes.flatMap((prefix) => exercisesIn(chapterSource(prefix)).map((exercise) => exercise.id));
    expect([...used].sort()).toEqual([...exerciseIds()].sort());
  });

  it('lists, beside chapter 4’s plotting cell, exactly the catalog ids it can draw', () => {
    const [, list] = chapterSource('04').match(/Change `chosenId` to another id and run it again: ([^.]+)\./)!;
    const ids = list!.replace(' or ', ', ').split(', ');
    expect(ids).toEqual(listActivations({ hiddenOnly: true }).map((entry) => entry.id));
  });

  it('draws with Plot in a cell in chapters 3 to 7', () => {
    for (const prefix of ['03', '04', '05', '06', '07']) {
      const cells = [...chapterSource(prefix).matchAll(RUN_FENCE)].map((match) => match[1]!);
      expect(cells.some((cell) => /\bPlot\.plot\(/.test(cell)), `chapter ${prefix} has a cell that plots`).toBe(true);
    }
  });

  it('gives the chain rule and the ten-sigmoid product in chapter 3, before chapter 4 relies on them', () => {
    const kinds = chapterSource('03');
    expect(h2Headings(kinds)).toContain('How a slope reaches the weights: the chain rule');
    expect(kinds).toContain('### The product of many slopes');
    expect(chapterSource('04')).toContain('(../step-linear-nonlinear/#the-product-of-many-slopes)');
  });

  it('moves capacity from chapter 2 to chapter 8, keeping the old anchors in chapter 2 pointing on', () => {
    const bias = chapterSource('02');
    expect(bias).not.toContain('<Capacity');
    expect(bias).toContain('<div id="capacity-underfitting-and-overfitting">');
    expect(bias).toContain('<div id="what-to-look-for-in-the-curves">');
    expect(bias).toContain('(../how-to-choose/#capacity-underfitting-and-overfitting)');
    const choose = chapterSource('08');
    expect(choose).toContain('<Capacity />');
    expect(h2Headings(choose)).toContain('Capacity: underfitting and overfitting');
    expect(choose).toContain('### What to look for in the curves');
  });

  it('states the defaults that differ between frameworks once, in chapter 9, and links there', () => {
    const defaults = /PyTorch uses 0\.01|defaults to a negative slope of 0\.01/;
    expect(prefixes.filter((prefix) => defaults.test(chapterSource(prefix)))).toEqual(['09']);
    for (const prefix of ['04', '08']) expect(chapterSource(prefix)).toContain('(../in-your-framework/#defaults-that-differ)');
  });
});
