/**
 * A snapshot of one sheet's used range, the only thing the engine reads.
 * Both adapters (Office.js and ExcelJS) produce it; the engine never sees Office or files.
 * Coordinates are 0-based absolute sheet positions; `values[r - top][c - left]`.
 * Dates are Excel serial numbers, recognisable by their number format (as Office.js gives them).
 */
export type CellValue = string | number | boolean | null;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  top: number;
  left: number;
  values: CellValue[][];
  /** number formats, same shape as values ('General' when none) */
  formats: string[][];
  /** formula text ('=A1*2') or null, same shape as values */
  formulas: (string | null)[][];
  merges: CellRange[];
}

export function gridRows(g: Grid): number {
  return g.values.length;
}

export function gridCols(g: Grid): number {
  return g.values.reduce((m, r) => Math.max(m, r.length), 0);
}

export function cellAt(g: Grid, row: number, col: number): CellValue {
  const r = g.values[row - g.top];
  if (!r) return null;
  const v = r[col - g.left];
  return v === undefined ? null : v;
}

export function formatAt(g: Grid, row: number, col: number): string {
  return g.formats[row - g.top]?.[col - g.left] ?? 'General';
}

export function formulaAt(g: Grid, row: number, col: number): string | null {
  return g.formulas[row - g.top]?.[col - g.left] ?? null;
}

/** 0-based column index to letters: 0 -> A, 26 -> AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col to an A1 address: (8, 10) -> K9. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** A1 address to 0-based row/col; throws on malformed input (callers pass addresses they built). */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Indirizzo di cella non valido: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Build a grid from plain rows (tests, generators). */
export function gridFromRows(sheet: string, rows: CellValue[][], opts: Partial<Pick<Grid, 'formats' | 'formulas' | 'merges'>> = {}): Grid {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
  return {
    sheet,
    top: 0,
    left: 0,
    values,
    formats: opts.formats ?? values.map((r) => r.map(() => 'General')),
    formulas: opts.formulas ?? values.map((r) => r.map(() => null)),
    merges: opts.merges ?? [],
  };
}
