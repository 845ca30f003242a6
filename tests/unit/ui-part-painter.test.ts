import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPartPainter } from '../../components/ui/demo-run/part-painter.ts';

/** The browser APIs the painter touches, by hand: frames run only when the test calls nextFrame(). */
function fakeBrowser() {
  const callbacks = new Map<number, FrameRequestCallback>();
  let id = 0;
  let time = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callbacks.set(++id, callback);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => callbacks.delete(handle));
  vi.stubGlobal('document', { addEventListener: () => undefined, removeEventListener: () => undefined });
  vi.stubGlobal('ResizeObserver', class {
    observe(): void {}
  });
  return {
    pending: () => callbacks.size,
    nextFrame() {
      time += 1000;
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback(time);
    },
  };
}

describe('createPartPainter: a run\'s start', () => {
  let browser: ReturnType<typeof fakeBrowser>;
  const drawn: string[] = [];
  const painter = () => createPartPainter({ order: () => ['map', 'curve', 'table'], draw: (part) => drawn.push(part), watch: [] });

  beforeEach(() => {
    browser = fakeBrowser();
    drawn.length = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws only what the start marks; parts marked before wait, then go first', async () => {
    const parts = painter();
    parts.training = true;
    // A widget mounted by the Train click: its first drawing marked every part, none drawn yet.
    parts.markAll();
    await parts.paintStart(() => parts.mark('map'));
    expect(drawn).toEqual(['map']);
    expect(browser.pending()).toBe(0);
    // The run's first repaints: the waiting parts come before 'map', first in order and marked again
    // at every frame (as a live chart is at every epoch), so they are not starved until the run ends.
    for (let frame = 0; frame < 3; frame++) {
      parts.redraw('map');
      browser.nextFrame();
    }
    expect(drawn).toEqual(['map', 'curve', 'table', 'map']);
  });

  it('draws a part marked before the start and by it once, at the start', async () => {
    const parts = painter();
    parts.mark('map', 'curve');
    await parts.paintStart(() => parts.mark('map'));
    expect(drawn).toEqual(['map']);
    parts.request();
    browser.nextFrame();
    browser.nextFrame();
    expect(drawn).toEqual(['map', 'curve']);
    expect(browser.pending()).toBe(0);
  });

  it('keeps the order of the parts once nothing waits', async () => {
    const parts = painter();
    await parts.paintStart(() => parts.mark('table', 'map'));
    expect(drawn).toEqual(['map', 'table']);
    parts.redraw('table', 'map');
    browser.nextFrame();
    expect(drawn).toEqual(['map', 'table', 'map']);
  });
});
