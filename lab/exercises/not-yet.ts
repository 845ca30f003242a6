/**
 * What a checker throws when an answer is not right yet. The cell shows it as "Not yet: …", and the
 * message always says what was tried and what was expected, so the reader knows where to look.
 */
export class NotYet extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Not yet';
  }
}

/** The line a checker returns when every test passed. */
export function passed(summary: string): string {
  return `Correct: ${summary}`;
}
