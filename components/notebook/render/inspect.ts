/**
 * A readable one-value inspector, like a console's: nested objects and arrays, Map and Set, typed
 * arrays abbreviated, cycles marked, long collections cut short, getters not invoked. DOM-free; it
 * returns text, which the renderers put into the page with textContent.
 */
import { formatNumber } from './format-number';

export interface InspectOptions {
  /** Containers deeper than this show as a placeholder such as [Object] or [Array(4)]. */
  depth?: number;
  /** Formats values it recognises (tensors, models); `nested` is false for the value itself. */
  custom?: (value: object, nested: boolean) => string | undefined;
}

const DEFAULT_DEPTH = 3;
const MAX_ITEMS = 50;
const MAX_KEYS = 30;
const MAX_STRING = 500;
const TYPED_ARRAY_ITEMS = 10;
const LINE_WIDTH = 72;
const INDENT = '  ';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

interface Context {
  depth: number;
  custom?: InspectOptions['custom'];
  ancestors: Set<object>;
}

function quote(text: string): string {
  const cut = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}… (${text.length - MAX_STRING} more characters)` : text;
  return JSON.stringify(cut);
}

function functionLabel(fn: Function): string {
  const source = Function.prototype.toString.call(fn);
  if (source.startsWith('class')) return `[class ${fn.name || '(anonymous)'}]`;
  const kind = fn.constructor?.name && fn.constructor.name !== 'Function' ? fn.constructor.name : 'Function';
  return `[${kind}: ${fn.name || '(anonymous)'}]`;
}

function constructorName(value: object): string | undefined {
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return '[Object: null prototype]';
  if (proto === Object.prototype) return undefined;
  const name = proto.constructor?.name;
  return typeof name === 'string' && name ? name : undefined;
}

function wrap(open: string, items: string[], close: string, padded: boolean): string {
  if (items.length === 0) return `${open}${close}`;
  const pad = padded ? ' ' : '';
  const oneLine = `${open}${pad}${items.join(', ')}${pad}${close}`;
  if (oneLine.length <= LINE_WIDTH && !oneLine.includes('\n')) return oneLine;
  const lines = items.map((item) => INDENT + item.replaceAll('\n', `\n${INDENT}`));
  return `${open}\n${lines.join(',\n')}\n${close}`;
}

function more(count: number, noun: string): string[] {
  return count > 0 ? [`... ${count} more ${noun}${count === 1 ? '' : 's'}`] : [];
}

function isTypedArray(value: object): value is ArrayLike<number | bigint> & { constructor: Function } {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function isDomNode(value: object): value is { nodeType: number; nodeName: string } {
  const node = value as { nodeType?: unknown; nodeName?: unknown };
  return typeof node.nodeType === 'number' && typeof node.nodeName === 'string';
}

function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

function inspectProperty(value: object, key: string, context: Context): string {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  if (descriptor && !('value' in descriptor)) {
    return `${propertyKey(key)}: [${descriptor.get ? 'Getter' : ''}${descriptor.get && descriptor.set ? '/' : ''}${descriptor.set ? 'Setter' : ''}]`;
  }
  return `${propertyKey(key)}: ${inspectValue(descriptor?.value, context, true)}`;
}

function inspectObject(value: object, context: Context): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof Promise) return 'Promise { … }';
  if (value instanceof WeakMap || value instanceof WeakSet) return `${value.constructor.name} { <items unknown> }`;
  if (value instanceof ArrayBuffer) return `ArrayBuffer { byteLength: ${value.byteLength} }`;
  if (isDomNode(value)) return value.nodeType === 1 ? `<${value.nodeName.toLowerCase()}>` : value.nodeName;
  if (isTypedArray(value)) {
    const shown = Array.from({ length: Math.min(value.length, TYPED_ARRAY_ITEMS) }, (_, index) => {
      const item = value[index];
      return typeof item === 'bigint' ? `${item}n` : formatNumber(item);
    });
    return wrap(`${value.constructor.name}(${value.length}) [`, [...shown, ...more(value.length - shown.length, 'item')], ']', false);
  }
  const name = constructorName(value);
  if (context.ancestors.size >= context.depth) {
    if (Array.isArray(value)) return `[Array(${value.length})]`;
    if (value instanceof Map || value instanceof Set) return `[${value.constructor.name}(${value.size})]`;
    return `[${name ?? 'Object'}]`;
  }
  context.ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const shown = Array.from({ length: Math.min(value.length, MAX_ITEMS) }, (_, index) =>
        index in value ? inspectValue(value[index], context, true) : '<empty>',
      );
      return wrap('[', [...shown, ...more(value.length - shown.length, 'item')], ']', false);
    }
    if (value instanceof Map) {
      const entries = [...value].slice(0, MAX_ITEMS).map(([key, item]) => `${inspectValue(key, context, true)} => ${inspectValue(item, context, true)}`);
      return wrap(`Map(${value.size}) {`, [...entries, ...more(value.size - entries.length, 'entry')], '}', true);
    }
    if (value instanceof Set) {
      const items = [...value].slice(0, MAX_ITEMS).map((item) => inspectValue(item, context, true));
      return wrap(`Set(${value.size}) {`, [...items, ...more(value.size - items.length, 'item')], '}', true);
    }
    const keys = Object.keys(value);
    const shown = keys.slice(0, MAX_KEYS).map((key) => inspectProperty(value, key, context));
    return wrap(name ? `${name} {` : '{', [...shown, ...more(keys.length - shown.length, 'key')], '}', true);
  } finally {
    context.ancestors.delete(value);
  }
}

function inspectValue(value: unknown, context: Context, nested: boolean): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return functionLabel(value);
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(value);
  }
  if (value === null) return 'null';
  const object = value as object;
  if (context.ancestors.has(object)) return '[Circular]';
  try {
    return context.custom?.(object, nested) ?? inspectObject(object, context);
  } catch (error) {
    return `[could not inspect: ${error instanceof Error ? error.message : String(error)}]`;
  }
}

export function inspect(value: unknown, options: InspectOptions = {}): string {
  return inspectValue(value, { depth: options.depth ?? DEFAULT_DEPTH, custom: options.custom, ancestors: new Set() }, false);
}
