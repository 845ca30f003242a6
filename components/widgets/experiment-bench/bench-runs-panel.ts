/**
 * The saved-runs panel: the store behind it, the list with its selection, and the actions on it
 * (compare, delete, export CSV/JSON, import JSON). Store failures fall back to memory, visibly.
 * Runs a grid adds are stored and kept in memory without reading the whole store back, and their
 * rows are drawn by the bench's painter (drawTable) at its paced rate, not once per run.
 */
import { exportRunsCsv, exportTracedRuns, importTracedRuns, createMemoryRunStore, sortRecords, type RunRecord, type RunStore } from '../../../lab/index';
import type { BenchElements } from './bench-elements';
import { CSV_TYPE, JSON_TYPE, downloadText, exportFilename, readTextFile } from './bench-files';
import { renderRunsTable } from './bench-runs-view';
import { MEMORY_ONLY_MESSAGE, type OpenedStore } from './open-run-store';
import { errorMessage } from '../../ui/demo-run/error-message';

/** Refused runs listed by name after an import; the rest are counted. */
const REJECTIONS_SHOWN = 3;

export interface RunsPanelHooks {
  onRecordsChanged(): void;
  onCompare(ids: string[]): void;
  onShowLatest(): void;
  onStorageChanged(kind: RunStore['kind'], message: string): void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class RunsPanel {
  readonly #el: BenchElements;
  readonly #hooks: RunsPanelHooks;
  #store: RunStore;
  #records: RunRecord[] = [];
  #selected = new Set<string>();
  #pending: Promise<void> = Promise.resolve();

  constructor(elements: BenchElements, opened: OpenedStore, hooks: RunsPanelHooks) {
    this.#el = elements;
    this.#hooks = hooks;
    this.#store = opened.store;
    const { runs, selectAll, compare, showLatest, remove, exportCsv, exportJson, importFile } = elements;
    runs.tBodies[0]!.addEventListener('change', (event) => this.#toggle(event.target));
    selectAll.addEventListener('change', () => this.#selectAll(selectAll.checked));
    compare.addEventListener('click', () => hooks.onCompare([...this.#selected]));
    showLatest.addEventListener('click', () => hooks.onShowLatest());
    remove.addEventListener('click', () => void this.#queue(() => this.#removeSelected()));
    exportCsv.addEventListener('click', () => this.#export('csv'));
    exportJson.addEventListener('click', () => this.#export('json'));
    importFile.addEventListener('change', () => void this.#queue(() => this.#import()));
  }

  get records(): readonly RunRecord[] {
    return this.#records;
  }

  load(): Promise<void> {
    return this.#queue(() => this.#reload());
  }

  /** Stores records (in the order given) and adds them to the list; onRecordsChanged asks for the rows to be drawn. */
  add(records: readonly RunRecord[]): Promise<void> {
    return this.#queue(async () => {
      await this.#put(records);
      const added = new Set(records.map((record) => record.id));
      this.#records = sortRecords([...this.#records.filter((record) => !added.has(record.id)), ...records]);
      this.#showCount();
      this.#hooks.onRecordsChanged();
    });
  }

  /** Draws the list's rows (all of them, newest first). */
  drawTable(): void {
    renderRunsTable(this.#el.runs, this.#records, this.#selected);
  }

  /** Resolves when every queued store operation has finished. */
  settled(): Promise<void> {
    return this.#pending;
  }

  #queue(task: () => Promise<void>): Promise<void> {
    this.#pending = this.#pending.then(task).catch((error: unknown) => {
      this.#say(`Something went wrong with the saved runs: ${errorMessage(error)}`);
    });
    return this.#pending;
  }

  async #put(records: readonly RunRecord[]): Promise<void> {
    try {
      await this.#store.put(records);
    } catch {
      const memory = createMemoryRunStore([...this.#records, ...records]);
      this.#store = memory;
      this.#hooks.onStorageChanged(memory.kind, MEMORY_ONLY_MESSAGE);
    }
  }

  async #reload(): Promise<void> {
    this.#records = await this.#store.list();
    const ids = new Set(this.#records.map((record) => record.id));
    this.#selected = new Set([...this.#selected].filter((id) => ids.has(id)));
    this.#render();
    this.#hooks.onRecordsChanged();
  }

  #render(): void {
    this.drawTable();
    this.#showCount();
  }

  #showCount(): void {
    this.#el.runCount.textContent = String(this.#records.length);
    this.#updateButtons();
  }

  #updateButtons(): void {
    const { compare, remove, exportCsv, exportJson, showLatest, selectAll } = this.#el;
    const none = this.#selected.size === 0;
    compare.disabled = none;
    remove.disabled = none;
    const empty = this.#records.length === 0;
    for (const button of [exportCsv, exportJson, showLatest]) button.disabled = empty;
    selectAll.checked = !empty && this.#selected.size === this.#records.length;
    selectAll.indeterminate = !none && this.#selected.size < this.#records.length;
    exportCsv.textContent = none ? 'Export CSV' : `Export CSV (${this.#selected.size})`;
    exportJson.textContent = none ? 'Export JSON' : `Export JSON (${this.#selected.size})`;
  }

  #toggle(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
    if (target.checked) this.#selected.add(target.value);
    else this.#selected.delete(target.value);
    this.#updateButtons();
  }

  #selectAll(all: boolean): void {
    this.#selected = all ? new Set(this.#records.map((record) => record.id)) : new Set();
    this.#render();
  }

  async #removeSelected(): Promise<void> {
    const ids = [...this.#selected];
    await this.#store.remove(ids);
    this.#selected.clear();
    await this.#reload();
    this.#say(`Deleted ${plural(ids.length, 'run')}.`);
  }

  #export(format: 'csv' | 'json'): void {
    const chosen = this.#selected.size > 0 ? this.#records.filter((record) => this.#selected.has(record.id)) : this.#records;
    const filename = exportFilename(format);
    if (format === 'csv') downloadText(exportRunsCsv(chosen), filename, CSV_TYPE);
    else downloadText(exportTracedRuns(chosen), filename, JSON_TYPE);
    this.#say(`Exported ${plural(chosen.length, 'run')} to ${filename}.`);
  }

  async #import(): Promise<void> {
    const input = this.#el.importFile;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importTracedRuns(await readTextFile(file));
    if (!result.ok) {
      this.#say(`Nothing was imported: ${result.error}`);
      return;
    }
    await this.#put(result.runs);
    await this.#reload();
    const refused = result.rejected.slice(0, REJECTIONS_SHOWN).join(' ');
    const more = result.rejected.length > REJECTIONS_SHOWN ? ` ${result.rejected.length - REJECTIONS_SHOWN} more were refused.` : '';
    this.#say(`Imported ${plural(result.runs.length, 'run')}.${refused ? ` ${refused}` : ''}${more}`);
    if (result.runs.length > 0) this.#hooks.onCompare(result.runs.map((record) => record.id));
  }

  #say(message: string): void {
    this.#el.runsStatus.textContent = message;
  }
}
