/**
 * What the widget hands the reader: the three programs, the CSV and, after Train, the trained model's
 * model.json and weights, each saved as a file under the name the programs expect; and Copy, through
 * the Clipboard API or, where that is refused, by showing the code selected in a text box.
 */
import type { ExportFileNames, FrameworkPrograms, ModelFiles } from '../../../lab/index';

export type ExportKind = 'keras' | 'pytorch' | 'tfjs' | 'csv' | 'model-json' | 'model-weights';

export interface ExportState {
  programs: FrameworkPrograms;
  names: ExportFileNames;
  model?: ModelFiles;
}

const TEXT_TYPES: Readonly<Record<Exclude<ExportKind, 'model-weights'>, string>> = {
  keras: 'text/x-python', pytorch: 'text/x-python', tfjs: 'text/javascript', csv: 'text/csv', 'model-json': 'application/json',
};

export function saveFile(content: string | ArrayBuffer, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves one export; the model's files only once a run has made them. */
export function saveExport(kind: ExportKind, state: ExportState): void {
  const { programs, names, model } = state;
  if (kind === 'model-weights') {
    if (model) saveFile(model.weights, model.weightsName, 'application/octet-stream');
    return;
  }
  if (kind === 'model-json') {
    if (model) saveFile(model.modelJson, model.modelJsonName, TEXT_TYPES[kind]);
    return;
  }
  saveFile(programs[kind], kind === 'csv' ? names.csv : names[kind], `${TEXT_TYPES[kind]};charset=utf-8`);
}

export async function copyCode(code: string, status: HTMLElement, fallback: HTMLTextAreaElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(code);
    fallback.hidden = true;
    status.textContent = 'Copied.';
  } catch {
    fallback.value = code;
    fallback.hidden = false;
    fallback.focus();
    fallback.select();
    status.textContent = 'This browser refused the clipboard: the code is selected in the box below; press Ctrl+C (⌘C on a Mac).';
  }
}
