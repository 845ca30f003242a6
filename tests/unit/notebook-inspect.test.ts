import { describe, expect, it } from 'vitest';
import { inspect } from '../../components/notebook/render/inspect';

describe('inspect', () => {
  it.each([
    ['a number', 0.5, '0.5'],
    ['negative zero', -0, '-0'],
    ['a string, quoted', 'hi "you"', '"hi \\"you\\""'],
    ['a bigint', 12n, '12n'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a symbol', Symbol('s'), 'Symbol(s)'],
    ['a named function', function relu() {}, '[Function: relu]'],
    ['an async arrow', async () => {}, '[AsyncFunction: (anonymous)]'],
    ['a class', class Neuron {}, '[class Neuron]'],
    ['a flat object', { a: 1, 'b-c': [true, null] }, '{ a: 1, "b-c": [true, null] }'],
    ['a date', new Date(Date.UTC(2024, 0, 2)), '2024-01-02T00:00:00.000Z'],
    ['an error', new RangeError('too big'), 'RangeError: too big'],
    ['a map', new Map<unknown, unknown>([['k', 1], [2, { x: 3 }]]), 'Map(2) { "k" => 1, 2 => { x: 3 } }'],
    ['a set', new Set([1, 'two']), 'Set(2) { 1, "two" }'],
    ['an instance', new (class Point { x = 1; y = 2 })(), 'Point { x: 1, y: 2 }'],
    ['a null-prototype object', Object.assign(Object.create(null), { k: 1 }), '[Object: null prototype] { k: 1 }'],
    ['a sparse array', [1, , 3], '[1, <empty>, 3]'],
  ])('%s', (_, value, expected) => {
    expect(inspect(value)).toBe(expected);
  });

  it('marks cycles instead of recursing forever', () => {
    const node: Record<string, unknown> = { name: 'root' };
    node.self = node;
    node.children = [node];
    expect(inspect(node)).toBe('{ name: "root", self: [Circular], children: [[Circular]] }');
  });

  it('shows the same object twice when it is shared rather than circular', () => {
    const shared = { v: 1 };
    expect(inspect([shared, shared])).toBe('[{ v: 1 }, { v: 1 }]');
  });

  it('abbreviates typed arrays and says how many values are hidden', () => {
    const values = Float32Array.from({ length: 1000 }, (_, i) => i / 4);
    expect(inspect(values)).toBe(
      'Float32Array(1000) [\n  0,\n  0.25,\n  0.5,\n  0.75,\n  1,\n  1.25,\n  1.5,\n  1.75,\n  2,\n  2.25,\n  ... 990 more items\n]',
    );
    expect(inspect(new Int32Array([1, 2]))).toBe('Int32Array(2) [1, 2]');
  });

  it('cuts long arrays and deep nesting', () => {
    expect(inspect(Array.from({ length: 60 }, () => 0))).toMatch(/\.\.\. 10 more items\n]$/);
    expect(inspect({ a: { b: { c: { d: 1 } } } })).toBe('{ a: { b: { c: [Object] } } }');
    expect(inspect([[[[1]]]])).toBe('[[[[Array(1)]]]]');
  });

  it('breaks long containers over indented lines', () => {
    const value = { first: 'a'.repeat(30), second: 'b'.repeat(30), nested: { third: 'c'.repeat(40), n: 1 } };
    expect(inspect(value)).toBe(
      `{\n  first: "${'a'.repeat(30)}",\n  second: "${'b'.repeat(30)}",\n  nested: { third: "${'c'.repeat(40)}", n: 1 }\n}`,
    );
  });

  it('does not call getters', () => {
    let calls = 0;
    const value = {
      get costly() {
        calls++;
        return 1;
      },
    };
    expect(inspect(value)).toBe('{ costly: [Getter] }');
    expect(calls).toBe(0);
  });

  it('lets a custom formatter take over for values it knows', () => {
    const tensorLike = { shape: [2], dtype: 'float32' };
    const custom = (value: object, nested: boolean) => (value === tensorLike ? (nested ? 'Tensor<2>' : 'TENSOR') : undefined);
    expect(inspect(tensorLike, { custom })).toBe('TENSOR');
    expect(inspect({ w: tensorLike }, { custom })).toBe('{ w: Tensor<2> }');
  });

  it('survives objects whose inspection throws', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    expect(inspect(hostile)).toBe('[could not inspect: no keys]');
  });
});
