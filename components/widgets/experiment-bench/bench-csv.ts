/**
 * The reader's own CSV in the bench: a file picker and drag-and-drop onto the Data box, the label
 * column and feature columns to use, and the file read and checked in this browser (lab/csv) with
 * each refusal shown as text. Nothing is uploaded: the text stays in this object.
 */
import { CSV_DATASET_ID, parseCsvTable, readCsvDataset, type CsvSource, type Dataset } from '../../../lab/index';
import { errorMessage } from '../../ui/demo-run/error-message';
import type { BenchElements } from './bench-elements';
import { readTextFile } from './bench-files';

export type CsvLoad = { ok: true; dataset: Dataset; csv: CsvSource } | { ok: false; problem: string };

const CSV_OPTION_LABEL = 'Your CSV file';

export class CsvPanel {
  readonly #el: BenchElements;
  #file: { name: string; text: string } | undefined;
  #source: CsvSource | null = null;

  constructor(elements: BenchElements) {
    this.#el = elements;
    const { csvFile, csvDrop, csvLabel, csvFeatures } = elements;
    csvFile.addEventListener('change', () => {
      const file = csvFile.files?.[0];
      csvFile.value = '';
      if (file) void this.#open(file);
    });
    csvDrop.addEventListener('dragover', (event) => {
      event.preventDefault();
      csvDrop.dataset.dragging = '';
    });
    csvDrop.addEventListener('dragleave', () => delete csvDrop.dataset.dragging);
    csvDrop.addEventListener('drop', (event) => {
      event.preventDefault();
      delete csvDrop.dataset.dragging;
      const file = event.dataTransfer?.files[0];
      if (file) void this.#open(file);
    });
    csvLabel.addEventListener('change', () => {
      this.#fillFeatures(this.#header(), csvLabel.value);
      void this.#check();
    });
    csvFeatures.addEventListener('change', () => void this.#check());
  }

  /** The loaded file's description (its hash for the data seed it was checked with), or null. */
  get source(): CsvSource | null {
    return this.#source;
  }

  /** The data set for a data seed (the split depends on it), read again from the file's text. */
  async load(dataSeed: number): Promise<CsvLoad> {
    if (!this.#file) return { ok: false, problem: 'Load a CSV file first (the Data box), or pick a built-in data set.' };
    const features = this.#chosenFeatures();
    const read = await readCsvDataset(this.#file.text, { seed: dataSeed, label: this.#el.csvLabel.value, features });
    if (!read.ok) return { ok: false, problem: `${this.#file.name}: ${read.problem}` };
    return { ok: true, dataset: read.dataset, csv: { file: this.#file.name, label: read.labelColumn, features: read.featureColumns, hash: read.hash } };
  }

  async #open(file: File): Promise<void> {
    this.#source = null;
    try {
      const text = await readTextFile(file);
      const { header } = await parseCsvTable(text);
      this.#file = { name: file.name, text };
      const label = header[header.length - 1]!;
      this.#el.csvLabel.replaceChildren(...header.map((name) => new Option(name, name, false, name === label)));
      this.#fillFeatures(header, label);
      this.#el.csvColumns.hidden = false;
    } catch (error) {
      this.#file = undefined;
      this.#el.csvColumns.hidden = true;
      this.#say(`${file.name} was not loaded: ${errorMessage(error)}`, true);
      return;
    }
    await this.#check();
  }

  #header(): string[] {
    return [...this.#el.csvLabel.options].map((option) => option.value);
  }

  #chosenFeatures(): string[] {
    return [...this.#el.csvFeatures.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
  }

  #fillFeatures(header: readonly string[], label: string): void {
    this.#el.csvFeatures.replaceChildren(...header.filter((name) => name !== label).map((name) => {
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: name, checked: true });
      const wrapper = document.createElement('label');
      wrapper.append(box, document.createTextNode(` ${name}`));
      return wrapper;
    }));
  }

  async #check(): Promise<void> {
    const loaded = await this.load(Number(this.#el.dataSeed.value) || 0);
    this.#source = loaded.ok ? loaded.csv : null;
    if (!loaded.ok) return this.#say(loaded.problem, true);
    const { dataset, csv } = loaded;
    const rows = dataset.train.ys.length + dataset.test.ys.length;
    this.#say(`${csv.file}: ${rows} rows, ${csv.features.length} feature${csv.features.length === 1 ? '' : 's'}, ${dataset.numClasses} classes of ${csv.label}. Run grid trains on it.`, false);
    const select = this.#el.dataset;
    if (![...select.options].some((option) => option.value === CSV_DATASET_ID)) select.add(new Option(CSV_OPTION_LABEL, CSV_DATASET_ID));
    select.value = CSV_DATASET_ID;
  }

  #say(message: string, refused: boolean): void {
    this.#el.csvStatus.textContent = message;
    this.#el.csvStatus.classList.toggle('error', refused);
  }
}
