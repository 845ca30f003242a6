import { describe, expect, it } from 'vitest';
import { paintUntilDone, type RepaintScheduler } from '../../components/ui/demo-run/repaint';

/** A scheduler whose flush() draws one of `charts` pending charts, as the race widgets' paints do. */
function oneChartPerPaint(charts: number) {
  const log: string[] = [];
  let pending = charts;
  const scheduler: RepaintScheduler = {
    request: () => undefined,
    cancel: () => undefined,
    flush: () => {
      log.push(`flush (${pending} pending)`);
      pending = Math.max(0, pending - 1);
    },
  };
  return { scheduler, log, pending: () => pending > 0 };
}

describe('paintUntilDone', () => {
  it('flushes once per task until nothing is pending', async () => {
    const { scheduler, log, pending } = oneChartPerPaint(3);
    const done = paintUntilDone(scheduler, pending);
    expect(log, 'nothing is drawn in the caller\'s task').toEqual([]);
    await done;
    expect(log).toEqual(['flush (3 pending)', 'flush (2 pending)', 'flush (1 pending)']);
  });

  it('still paints once when nothing was pending (the final numbers)', async () => {
    const { scheduler, log, pending } = oneChartPerPaint(0);
    await paintUntilDone(scheduler, pending);
    expect(log).toEqual(['flush (0 pending)']);
  });
});
