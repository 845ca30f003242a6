import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, StoredEdits } from '../../components/notebook/elements/stored-edit';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const ORIGINAL = 'const x = 1;\nx';
const PAGE = '/chapters/the-bias/';
const globals = globalThis as unknown as { window?: unknown };

function withStorage(storage: unknown): void {
  globals.window = Object.defineProperty({}, 'localStorage', { get: () => (storage instanceof Error ? (() => { throw storage; })() : storage) });
}

describe('StoredEdits (a reader\'s edits, kept across reloads)', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    withStorage(storage);
  });
  afterEach(() => {
    delete globals.window;
  });

  it('keeps an edit per chapter and cell, with the fingerprint of the code it was made on', () => {
    new StoredEdits(PAGE, 'cell-2').write('const x = 2;\nx', ORIGINAL);
    expect(new StoredEdits(PAGE, 'cell-2').read()).toEqual({ source: 'const x = 2;\nx', original: fingerprint(ORIGINAL) });
    expect(new StoredEdits(PAGE, 'cell-3').read()).toBeUndefined();
    expect(new StoredEdits('/chapters/other/', 'cell-2').read()).toBeUndefined();
  });

  it('forgets the edit when the code is back to the chapter\'s, and on clear()', () => {
    const slot = new StoredEdits(PAGE, 'cell-1');
    slot.write('edited', ORIGINAL);
    slot.write(ORIGINAL, ORIGINAL);
    expect(slot.read()).toBeUndefined();
    slot.write('edited', ORIGINAL);
    slot.clear();
    expect(storage.items.size).toBe(0);
  });

  it('tells versions of a cell apart by fingerprint', () => {
    expect(fingerprint(ORIGINAL)).toBe(fingerprint('const x = 1;\nx'));
    expect(fingerprint(ORIGINAL)).not.toBe(fingerprint('const x = 1;\nx '));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('ignores what it cannot read and keeps working when storage is blocked', () => {
    storage.setItem('activation-lab:cell-edit:/chapters/the-bias/#cell-1', '{not json');
    expect(new StoredEdits(PAGE, 'cell-1').read()).toBeUndefined();
    withStorage(new DOMException('blocked', 'SecurityError'));
    const blocked = new StoredEdits(PAGE, 'cell-1');
    expect(() => blocked.write('edited', ORIGINAL)).not.toThrow();
    expect(blocked.read()).toBeUndefined();
    expect(() => blocked.clear()).not.toThrow();
  });
});
