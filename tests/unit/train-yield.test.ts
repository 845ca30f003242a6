import { afterEach, describe, expect, it } from 'vitest';
import { yieldToEventLoop } from '../../lab/train/yield.ts';

const globals = globalThis as { scheduler?: unknown };

afterEach(() => {
  delete globals.scheduler;
});

describe('yieldToEventLoop', () => {
  it('lets a message queued before the yield run before the yield resolves', async () => {
    const order: string[] = [];
    const other = new MessageChannel();
    other.port1.onmessage = () => order.push('queued task');
    other.port2.postMessage(null);
    await yieldToEventLoop();
    order.push('after yield');
    other.port1.close();
    expect(order).toEqual(['queued task', 'after yield']);
  });

  it('does not use scheduler.yield, whose continuations jump the queue', async () => {
    globals.scheduler = { yield: () => new Promise<void>(() => {}) };
    await expect(yieldToEventLoop()).resolves.toBeUndefined();
  });
});
