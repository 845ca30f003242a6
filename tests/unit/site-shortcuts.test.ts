import { describe, expect, it } from 'vitest';
import { ariaKeys, SHORTCUTS, shortcutFor } from '../../site/layouts/parts/shortcuts/shortcut-list';

describe('keyboard shortcuts', () => {
  it('map each key to one action, and every action has a key', () => {
    const keys = SHORTCUTS.flatMap((shortcut) => (shortcut.key ? [shortcut.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    for (const action of ['help', 'next', 'previous', 'run-cell', 'run-all', 'interrupt', 'train'] as const) {
      expect(SHORTCUTS.filter((shortcut) => shortcut.action === action), action).toHaveLength(1);
    }
    expect(shortcutFor('?')?.action).toBe('help');
    expect(shortcutFor('R')?.action).toBe('run-all');
    expect(shortcutFor('r')?.action).toBe('run-cell');
    expect(shortcutFor('x')).toBeUndefined();
  });

  it('spell their keys for aria-keyshortcuts', () => {
    expect(ariaKeys(shortcutFor('R')!)).toBe('Shift+R');
    expect(ariaKeys(SHORTCUTS.find((shortcut) => shortcut.keys[0] === 'Esc')!)).toBe('Escape');
  });
});
