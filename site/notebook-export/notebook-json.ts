/** nbformat 4 JSON for a notebook made of Markdown and code cells, for Jupyter's Deno kernel. */

export interface NotebookCell {
  kind: 'markdown' | 'code';
  source: string;
  /** Extra cell metadata, e.g. which cell of the page a code cell comes from. */
  metadata?: Record<string, unknown>;
}

/** Jupyter stores a cell's source as lines, each but the last ending in a newline. */
function sourceLines(source: string): string[] {
  const lines = source.split('\n');
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\n` : line));
}

function cellJson(cell: NotebookCell, index: number): Record<string, unknown> {
  const common = { id: `${cell.kind}-${index + 1}`, metadata: cell.metadata ?? {}, source: sourceLines(cell.source) };
  return cell.kind === 'markdown'
    ? { cell_type: 'markdown', ...common }
    : { cell_type: 'code', ...common, execution_count: null, outputs: [] };
}

export function notebookJson(cells: readonly NotebookCell[], metadata: Record<string, unknown>): string {
  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' },
      language_info: { name: 'typescript', file_extension: '.ts', mimetype: 'text/x.typescript' },
      ...metadata,
    },
    cells: cells.map(cellJson),
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}
