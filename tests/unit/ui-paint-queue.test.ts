import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPaintQueue } from '../../components/ui/demo-run/paint-queue.ts';

/** A hand-driven requestAnimationFrame: frames run only when the test calls nextFrame(). */
function fakeFrames() {
  const callbacks = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callbacks.set(++id, callback);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => callbacks.delete(handle));
  return {
    pending: () => callbacks.size,
    nextFrame() {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback(0);
    },
  };
}

describe('createPaintQueue', () => {
  let frames: ReturnType<typeof fakeFrames>;
  const drawn: string[] = [];
  const queue = () => createPaintQueue(() => ['a', 'b', 'c'], (part) => drawn.push(part));

  beforeEach(() => {
    frames = fakeFrames();
    drawn.length = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws one changed part per frame, in order, and each once', () => {
    const parts = queue();
    parts.mark('c', 'a', 'c');
    parts.run();
    expect(drawn).toEqual(['a']);
    frames.nextFrame();
    expect(drawn).toEqual(['a', 'c']);
    expect(frames.pending()).toBe(0);
  });

  it('does nothing when nothing changed', () => {
    const parts = queue();
    parts.run();
    expect(drawn).toEqual([]);
    expect(frames.pending()).toBe(0);
  });

  it('picks up parts marked while a frame is pending without starting a second chain', () => {
    const parts = queue();
    parts.mark('a', 'b');
    parts.run();
    parts.mark('a');
    parts.run();
    expect(frames.pending()).toBe(1);
    frames.nextFrame();
    frames.nextFrame();
    expect(drawn).toEqual(['a', 'a', 'b']);
  });

  it('drain draws everything left, each part in a later task, and cancels the pending frame', async () => {
    const parts = queue();
    parts.mark('a', 'b', 'c');
    parts.run();
    const draining = parts.drain();
    expect(drawn).toEqual(['a']);
    await draining;
    expect(drawn).toEqual(['a', 'b', 'c']);
    expect(frames.pending()).toBe(0);
    frames.nextFrame();
    expect(drawn).toEqual(['a', 'b', 'c']);
  });

  it('drain draws nothing in the caller\'s task', async () => {
    const parts = queue();
    parts.mark('b', 'a');
    const draining = parts.drain();
    await Promise.resolve();
    expect(drawn).toEqual([]);
    await draining;
    expect(drawn).toEqual(['a', 'b']);
  });

  it('take returns the marked parts in drawing order and leaves nothing to draw', async () => {
    const parts = queue();
    parts.mark('c', 'a');
    expect(parts.take()).toEqual(['a', 'c']);
    expect(parts.take()).toEqual([]);
    await parts.drain();
    parts.run();
    expect(drawn).toEqual([]);
  });
});
