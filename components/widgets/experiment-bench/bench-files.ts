/** Downloads and uploads for the bench's exports. */
export const JSON_TYPE = 'application/json';
export const CSV_TYPE = 'text/csv';
/** A file larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 20_000_000;

export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "experiment-runs-2025-01-31T10-15-00.json" */
export function exportFilename(extension: 'json' | 'csv', now = new Date()): string {
  return `experiment-runs-${now.toISOString().slice(0, 19).replace(/:/g, '-')}.${extension}`;
}

export async function readTextFile(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(`The file is larger than ${MAX_IMPORT_BYTES / 1e6} MB.`);
  return file.text();
}
