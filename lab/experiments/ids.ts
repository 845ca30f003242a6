/** Random identifiers for grids and runs (crypto.getRandomValues works in pages, workers and Node). */
const ID_BYTES = 8;

export function randomId(prefix: string): string {
  const bytes = new Uint8Array(ID_BYTES);
  globalThis.crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
