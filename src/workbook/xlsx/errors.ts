/** Why a workbook could not be opened, with a one-line Italian message for the user. */
export type OpenFailure = 'missing' | 'not-xlsx' | 'corrupted';

export class WorkbookOpenError extends Error {
  readonly kind: OpenFailure;
  readonly path: string | null;

  constructor(kind: OpenFailure, message: string, path: string | null = null) {
    super(message);
    this.name = 'WorkbookOpenError';
    this.kind = kind;
    this.path = path;
  }
}

/** A sheet named "Scorecard" exists and Cruscotto did not write it: we never replace the user's own sheet. */
export class ScorecardNotOursError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScorecardNotOursError';
  }
}
