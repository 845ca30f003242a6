/**
 * The explorer's formulas are rendered at build time, so the table must hold every KaTeX source the
 * widget can draw: each function's formula and derivative, and its range label for any parameter
 * value a slider can set. A link may set a value between the steps; a label the table then lacks
 * (Swish's minimum moves with β) must read as plain text.
 */
import { describe, expect, it } from 'vitest';
import { createRng, listActivations, withDefaults } from '../../lab/index.ts';
import { plottedParams } from '../../components/widgets/activation-explorer/explorer-curves.ts';
import { paramValues, renderExplorerMath } from '../../components/widgets/activation-explorer/explorer-tex-sources.ts';
import { texAsText } from '../../components/widgets/activation-explorer/explorer-curves.ts';

const table = renderExplorerMath();
const RANDOM_DRAWS = 200;

describe("the explorer's build-time math table", () => {
  it('renders every formula and derivative of the catalog, without KaTeX errors', () => {
    const entries = listActivations();
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      for (const source of [entry.formula, entry.derivativeFormula]) {
        expect(table[source], `${entry.id}: ${source}`).toMatch(/class="katex"/);
      }
    }
    for (const [source, html] of Object.entries(table)) expect(html, source).not.toMatch(/katex-error/);
  });

  it('has the range label for parameter values off the slider steps, or shows it as text without TeX', () => {
    const rng = createRng(18);
    const offTable = new Set<string>();
    let checked = 0;
    for (const entry of listActivations()) {
      const specs = plottedParams(entry);
      for (let draw = 0; draw < (specs.length ? RANDOM_DRAWS : 1); draw += 1) {
        const params = Object.fromEntries(specs.map((spec) => [spec.name, spec.choices
          ? spec.choices[Math.floor(rng.uniform() * spec.choices.length)]!.value
          : rng.range(spec.min, spec.max)]));
        const label = entry.properties(withDefaults(specs, params)).range.label;
        if (Object.hasOwn(table, label)) expect(table[label]).toMatch(/class="katex"/);
        else expect(texAsText(label), `${entry.id} ${JSON.stringify(params)}: ${label}`).toMatch(/^[^\\]+$/);
        if (!Object.hasOwn(table, label)) offTable.add(entry.id);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(RANDOM_DRAWS);
    expect([...offTable]).toEqual(['swish']);
  });

  it('writes a range label the table lacks as text', () => {
    expect(texAsText(String.raw`[\approx -0.2785, \infty)`)).toBe('[≈ −0.2785, ∞)');
    expect(texAsText(String.raw`(0, 1),\ \textstyle\sum_i s_i = 1`)).toBe('(0, 1), Σ_i s_i = 1');
  });

  it('lists a slider as its steps from min to max, its default included', () => {
    const spec = { name: 'alpha', symbol: '\\alpha', label: 'α', default: 0.25, min: 0, max: 1, step: 0.5, description: '' };
    expect(paramValues(spec)).toEqual([0, 0.5, 1, 1, 0.25]);
  });
});
