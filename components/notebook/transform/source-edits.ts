/**
 * Collects text edits against the original source and applies them in one pass, so every offset
 * refers to the untouched source. At one offset, closing text goes before opening text; closings
 * added later (inner nodes) come first and openings added earlier (outer nodes) come first, which
 * keeps brackets nested when an outer node is edited before the nodes inside it.
 */
interface Removal {
  start: number;
  end: number;
}

export class SourceEdits {
  readonly #openings = new Map<number, string[]>();
  readonly #closings = new Map<number, string[]>();
  readonly #removals: Removal[] = [];

  /** Text that starts something at `offset` (an opening bracket, a statement prefix). */
  open(offset: number, text: string): void {
    const list = this.#openings.get(offset) ?? [];
    list.push(text);
    this.#openings.set(offset, list);
  }

  /** Text that ends something at `offset` (a closing bracket). */
  close(offset: number, text: string): void {
    const list = this.#closings.get(offset) ?? [];
    list.unshift(text);
    this.#closings.set(offset, list);
  }

  remove(start: number, end: number): void {
    this.#removals.push({ start, end });
  }

  apply(source: string): string {
    const removals = [...this.#removals].sort((a, b) => a.start - b.start);
    let output = '';
    let removalIndex = 0;
    for (let offset = 0; offset <= source.length; offset++) {
      output += (this.#closings.get(offset) ?? []).join('') + (this.#openings.get(offset) ?? []).join('');
      const removal = removals[removalIndex];
      if (removal && removal.start === offset) {
        removalIndex++;
        // Line breaks survive a removal so line numbers still match the original source.
        output += source.slice(offset, removal.end).replace(/[^\n]/g, '');
        output += this.#insertionsInside(offset + 1, removal.end);
        offset = removal.end - 1;
        continue;
      }
      if (offset < source.length) output += source[offset];
    }
    return output;
  }

  #insertionsInside(from: number, to: number): string {
    let text = '';
    for (let offset = from; offset < to; offset++) {
      text += (this.#closings.get(offset) ?? []).join('') + (this.#openings.get(offset) ?? []).join('');
    }
    return text;
  }
}
