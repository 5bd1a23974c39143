/** A1 addresses for the fake Excel host. Plain TypeScript (no DOM, no Node) so the preview page can bundle it. */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 0-based. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnName(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

/** 'A1', 'A1:C3', '$A$1:$C$3', 'A:C', '1:3' -> Rect; null when malformed or outside the sheet. */
export function parseRef(ref: string): Rect | null {
  const parts = ref.trim().split(':');
  if (parts.length === 1) {
    const m = CELL.exec(parts[0]);
    if (!m) return null;
    return checked({ row: Number(m[2]) - 1, col: columnNumber(m[1]), rows: 1, cols: 1 });
  }
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnNumber(ca[1]);
    const c2 = columnNumber(cb[1]);
    return checked({ row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 });
  }
  const ka = COLS.exec(a);
  const kb = COLS.exec(b);
  if (ka && kb) {
    const c1 = columnNumber(ka[1]);
    const c2 = columnNumber(kb[1]);
    return checked({ row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 });
  }
  const ra = ROWS.exec(a);
  const rb = ROWS.exec(b);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    return checked({ row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS });
  }
  return null;
}

function checked(r: Rect): Rect | null {
  if (r.row < 0 || r.col < 0 || r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLS) return null;
  return r;
}

/** Rect -> 'A1' or 'A1:C3' (whole rows/columns as Excel writes them). */
export function formatRef(r: Rect): string {
  if (r.rows === MAX_ROWS && r.row === 0) return `${columnName(r.col)}:${columnName(r.col + r.cols - 1)}`;
  if (r.cols === MAX_COLS && r.col === 0) return `${r.row + 1}:${r.row + r.rows}`;
  const a = `${columnName(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${columnName(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** Sheet names are quoted in addresses unless they are plain identifiers that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${formatRef(r)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

/** Sheet names Excel refuses: empty, longer than 31, or containing : \ / ? * [ ], or starting/ending with an apostrophe. */
export function invalidSheetName(name: string): boolean {
  return name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'");
}
