import { describe, expect, it } from 'vitest';
import { CellSyntaxError, GUARD_NAME, transformCell } from '../../components/notebook/transform/transform-cell';

const GUARD = `${GUARD_NAME}();`;

/** The transformed body without the guard calls, for assertions about the rest. */
function withoutGuards(body: string): string {
  return body.replaceAll(`(${GUARD_NAME}(), `, '(').replaceAll(GUARD, '');
}

describe('transformCell', () => {
  const cases: Array<{ name: string; source: string; body: string; declared: string[]; returns: boolean }> = [
    { name: 'const', source: 'const a = 1;', body: ';(a = 1);', declared: ['a'], returns: false },
    { name: 'let without a value', source: 'let n;', body: ';(n = void 0);', declared: ['n'], returns: false },
    { name: 'var without a value keeps the old one', source: 'var v;', body: ';void 0;', declared: ['v'], returns: false },
    { name: 'several declarators', source: 'let a = 1, b = a + 1;', body: ';(a = 1), (b = a + 1);', declared: ['a', 'b'], returns: false },
    {
      name: 'object and array destructuring with rest and defaults',
      source: 'const { a, b: [c, ...d], e = 5, ...f } = value;',
      body: ';({ a, b: [c, ...d], e = 5, ...f } = value);',
      declared: ['a', 'c', 'd', 'e', 'f'],
      returns: false,
    },
    { name: 'final expression', source: 'const x = 2;\nx * 3', body: ';(x = 2);\nreturn (x * 3)', declared: ['x'], returns: true },
    {
      name: 'comment on the last line',
      source: 'const x = 2;\nx * 3 // six',
      body: ';(x = 2);\nreturn (x * 3) // six',
      declared: ['x'],
      returns: true,
    },
    { name: 'block comment after the value', source: 'x /* the value */;', body: 'return (x /* the value */);', declared: [], returns: true },
    { name: 'a line comment before the semicolon', source: 'x // the value\n;', body: 'return (x // the value\n);', declared: [], returns: true },
    { name: 'trailing empty statements', source: 'x;;', body: 'return (x);;', declared: [], returns: true },
    { name: 'a parenthesised object literal', source: '({\n  a: 1,\n})', body: 'return (({\n  a: 1,\n}))', declared: [], returns: true },
    { name: 'a sequence in parentheses with a comment', source: '(a, b) // both', body: 'return ((a, b)) // both', declared: [], returns: true },
    { name: 'last statement a declaration returns nothing', source: 'let y = f();', body: ';(y = f());', declared: ['y'], returns: false },
    { name: 'top-level await', source: 'const r = await fetchIt();\nr', body: ';(r = await fetchIt());\nreturn (r)', declared: ['r'], returns: true },
    { name: 'class declaration', source: 'class Neuron { fire() { return 1; } }', body: ';Neuron = class Neuron { fire() { return 1; } };', declared: ['Neuron'], returns: false },
    {
      name: 'function declarations are copied into the scope first and stay hoisted',
      source: 'const y = double(2);\nfunction double(n) { return 2 * n; }',
      body: '__notebookScope__.double = double;;(y = double(2));\nfunction double(n) { return 2 * n; }',
      declared: ['y', 'double'],
      returns: false,
    },
    {
      name: 'async function',
      source: 'async function load() { return await thing(); }\nawait load()',
      body: '__notebookScope__.load = load;async function load() { return await thing(); }\nreturn (await load())',
      declared: ['load'],
      returns: true,
    },
    {
      name: 'declarations inside blocks stay local',
      source: 'for (let i = 0; i < 3; i++) { const sq = i * i; }',
      body: 'for (let i = 0; i < 3; i++) { const sq = i * i; }',
      declared: [],
      returns: false,
    },
    {
      name: 'a declaration split over lines keeps its line breaks',
      source: 'const\n  spread =\n  1;\nspread',
      body: '\n;(spread =\n  1);\nreturn (spread)',
      declared: ['spread'],
      returns: true,
    },
  ];

  it.each(cases)('$name', ({ source, body, declared, returns }) => {
    const result = transformCell(source);
    expect(withoutGuards(result.body)).toBe(body);
    expect(result.declaredNames).toEqual(declared);
    expect(result.returnsValue).toBe(returns);
    expect(result.body.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('reports a syntax error with the line and column in the cell', () => {
    const error = (() => {
      try {
        transformCell('const a = 1;\nconst b = (2 + ;\n');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CellSyntaxError);
    expect(error).toMatchObject({ name: 'SyntaxError', line: 2, column: 16, message: 'Unexpected token' });
  });

  it('rejects import with a message that says what to do instead', () => {
    expect(() => transformCell("import x from 'y';")).toThrow(/already in scope/);
  });

  it('lists names read but declared nowhere in the cell', () => {
    const { freeNames } = transformCell(
      'const a = model.predict(xs);\nfunction f(p, { q }) { return p + q + a + outer; }\nobj.prop; ({ key: value });\nif (typeof maybe === "undefined") {}\nlabel: for (const k of list) { break label; }',
    );
    expect(freeNames.sort()).toEqual(['list', 'model', 'obj', 'value', 'xs']);
  });
});

describe('loop guard insertion', () => {
  const guarded: Array<{ name: string; source: string; expected: string }> = [
    { name: 'while with a block', source: 'while (true) {}', expected: `while (true) {${GUARD}}` },
    { name: 'while without a block', source: 'while (go) step();', expected: `while (go) {${GUARD}step();}` },
    { name: 'do-while', source: 'do { i++ } while (i < 9)', expected: `do {${GUARD} i++ } while (i < 9)` },
    { name: 'for-of', source: 'for (const v of list) sum += v;', expected: `for (const v of list) {${GUARD}sum += v;}` },
    { name: 'for-in', source: 'for (const k in o) {}', expected: `for (const k in o) {${GUARD}}` },
    { name: 'function body', source: 'function spin() { for (;;) {} }', expected: `__notebookScope__.spin = spin;function spin() {${GUARD} for (;;) {${GUARD}} }` },
    { name: 'arrow with an expression body', source: 'const f = (n) => n * 2;', expected: `;(f = (n) => (${GUARD_NAME}(), n * 2));` },
    { name: 'arrow returning an object', source: 'const f = () => ({ a: 1 });', expected: `;(f = () => ((${GUARD_NAME}(), { a: 1 })));` },
    { name: 'class methods', source: 'class A { m() { return 1; } }', expected: `;A = class A { m() {${GUARD} return 1; } };` },
    { name: 'final expression that is an arrow', source: 'x => x', expected: `return (x => (${GUARD_NAME}(), x))` },
  ];

  it.each(guarded)('$name', ({ source, expected }) => {
    expect(transformCell(source).body).toBe(expected);
  });

  it('counts one guard per loop and function', () => {
    expect(transformCell('function a() { while (1) {} }\nconst b = () => { for (;;) {} };').guardCount).toBe(4);
  });
});
