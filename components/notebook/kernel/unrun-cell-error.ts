/** The error for a name that a cell on the page declares but that cell has not run yet. */
export interface PageCell {
  /** The cell root's data-cell value, e.g. "cell-3". */
  id: string;
  /** 1-based position on the page. */
  position: number;
  source: string;
}

export class NotRunYetError extends ReferenceError {
  override name = 'ReferenceError';
  constructor(
    readonly missingName: string,
    readonly declaringCell: PageCell,
  ) {
    super(
      `\`${missingName}\` is defined in cell [${declaringCell.position}], which has not run yet — run it first.`,
    );
  }
}
