// Number formats and plain-text tables for the benchmark's report.

export const fmt = {
  s: (ms) => (ms === null || ms === undefined || !Number.isFinite(ms) || ms >= Number.MAX_VALUE ? '—' : (ms / 1000).toFixed(2)),
  n: (value, digits = 0) => (value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toLocaleString('en-GB', { maximumFractionDigits: digits })),
  kb: (bytes) => (bytes === null || bytes === undefined ? '—' : (bytes / 1024).toFixed(1)),
  ok: (met) => (met ? 'met' : 'MISSED'),
};

export function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const load = (section) => (section ? `measured ${section.measuredAt ?? ''}, load ${section.loadBefore.one} → ${section.loadAfter.one} on ${section.loadBefore.cpus} CPUs` : '');
