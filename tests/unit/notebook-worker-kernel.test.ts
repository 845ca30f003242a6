import { describe, expect, it } from 'vitest';
import { createDisplay, type KernelBuiltins } from '../../components/notebook/kernel/builtins';
import { createCellConsole } from '../../components/notebook/kernel/console-capture';
import type { PageMessage, WorkerMessage } from '../../components/notebook/kernel/protocol';
import type { PageCell } from '../../components/notebook/kernel/unrun-cell-error';
import { INTERRUPT_MESSAGE, MAX_OUTPUT_ITEMS, WorkerKernel } from '../../components/notebook/worker/worker-kernel';

const silent = { log() {}, info() {}, debug() {}, warn() {}, error() {}, table() {}, dir() {} };

function kernel(): { kernel: WorkerKernel; sent: WorkerMessage[] } {
  const sent: WorkerMessage[] = [];
  const scope = Object.create(null);
  const builtins: KernelBuiltins = { scope, backend: 'test', liveTensors: () => 0, plotReady: Promise.resolve() };
  const worker = new WorkerKernel(builtins, (message) => sent.push(message));
  Object.assign(scope, { display: createDisplay(worker.outputNow), console: createCellConsole(worker.outputNow, silent) });
  return { kernel: worker, sent };
}

function page(...sources: string[]): PageCell[] {
  return sources.map((source, index) => ({ id: `cell-${index + 1}`, position: index + 1, source }));
}

function execute(cells: PageCell[], index: number, runId = index + 1): Extract<PageMessage, { type: 'execute' }> {
  return { type: 'execute', runId, cell: cells[index], pageCells: cells, interruptToken: 'blob:unused' };
}

describe('WorkerKernel (the kernel as it lives in the worker)', () => {
  it('sends console lines as display data for the running cell, then how the cell ended', async () => {
    const { kernel: worker, sent } = kernel();
    const cells = page('console.log("loss", 0.25);\nconst rows = [{ a: 1 }];\nrows');
    await worker.execute(execute(cells, 0));
    expect(sent).toEqual([
      { type: 'display', cellId: 'cell-1', data: { kind: 'console', level: 'log', text: 'loss 0.25' } },
      {
        type: 'finished',
        runId: 1,
        backend: 'test',
        liveTensors: 0,
        outcome: { ok: true, declaredNames: ['rows'], value: { kind: 'table', table: { columns: ['a'], rows: [['1']], totalRows: 1, totalColumns: 1 } } },
      },
    ]);
  });

  it('reports an error with its line, as data', async () => {
    const { kernel: worker, sent } = kernel();
    const cells = page('const a = 1;\nnull.property');
    await worker.execute(execute(cells, 0));
    const finished = sent.at(-1) as Extract<WorkerMessage, { type: 'finished' }>;
    expect(finished.outcome).toMatchObject({ ok: false, error: { kind: 'runtime', name: 'TypeError', where: 'line 2', excerpt: '2 | null.property' } });
  });

  it(`shows at most ${MAX_OUTPUT_ITEMS} items a run, the last saying so, and forwards nothing after`, async () => {
    const { kernel: worker, sent } = kernel();
    const cells = page('for (let i = 0; i < 2000; i++) console.log(i);\ndisplay("after")', '"fresh"');
    await worker.execute(execute(cells, 0));
    const shown = sent.filter((message) => message.type === 'display');
    expect(shown).toHaveLength(MAX_OUTPUT_ITEMS);
    expect(shown.at(-1)).toMatchObject({ data: { kind: 'note', text: `Output stops here: a run shows at most ${MAX_OUTPUT_ITEMS} items.` } });
    await worker.execute(execute(cells, 1));
    expect(sent.at(-1)).toMatchObject({ type: 'finished', outcome: { ok: true, value: { kind: 'text', text: 'fresh' } } });
  });

  it('interrupt() ends a cell that waits forever, and the kernel keeps its variables', async () => {
    const { kernel: worker, sent } = kernel();
    const cells = page('const kept = 41;', 'await new Promise(() => {})', 'kept + 1');
    await worker.execute(execute(cells, 0));
    const waiting = worker.execute(execute(cells, 1));
    setTimeout(() => worker.interrupt(INTERRUPT_MESSAGE), 20);
    await waiting;
    expect(sent.at(-1)).toMatchObject({ type: 'finished', runId: 2, outcome: { ok: false, error: { kind: 'interrupt', message: INTERRUPT_MESSAGE } } });
    await worker.execute(execute(cells, 2));
    expect(sent.at(-1)).toMatchObject({ type: 'finished', runId: 3, outcome: { ok: true, value: { kind: 'text', text: '42' } } });
  });
});
