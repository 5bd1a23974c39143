import type { Cell, Worksheet } from 'exceljs';
import type { CellRange, CellValue, Grid } from '../../core/grid';

/** ExcelJS ValueType numbers we need (kept local so this module has no runtime import of exceljs enums). */
const TYPE_NULL = 0;
const TYPE_MERGE = 1;

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel 1900-system serial */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * A JS Date (ExcelJS reads date-formatted numbers as UTC dates) back to its Excel 1900 serial,
 * which is what Office.js hands the engine. Rounded to the millisecond to drop float noise.
 */
export function dateToSerial(d: Date): number {
  const serial = UNIX_EPOCH_SERIAL + d.getTime() / MS_PER_DAY;
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/** Excel 1900 serial to a UTC Date (the inverse of dateToSerial). */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

function richTextOf(v: unknown): string | null {
  if (v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return ((v as { richText: { text?: string }[] }).richText).map((r) => r.text ?? '').join('');
  }
  return null;
}

/** Any ExcelJS value (or formula result) as a grid value. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === 'object') {
    const rich = richTextOf(v);
    if (rich !== null) return rich;
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if ('hyperlink' in o || 'text' in o) {
      const t = o.text;
      if (typeof t === 'string') return t;
      const rt = richTextOf(t);
      if (rt !== null) return rt;
      return typeof o.hyperlink === 'string' ? o.hyperlink : null;
    }
    if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result);
  }
  return String(v);
}

interface ReadCell {
  value: CellValue;
  format: string;
  formula: string | null;
}

/** one cell as the grid sees it; merged non-anchor cells read as empty (as Office.js gives them) */
export function readCell(cell: Cell): ReadCell {
  const format = cell.numFmt ? String(cell.numFmt) : 'General';
  if ((cell.type as number) === TYPE_MERGE) return { value: null, format, formula: null };
  const f = cell.formula;
  if (f) {
    return { value: plainValue(cell.result), format, formula: '=' + f.replace(/^=/, '') };
  }
  return { value: plainValue(cell.value), format, formula: null };
}

/** merges as 0-based ranges, straight from the worksheet's merge table */
export function mergesOf(ws: Worksheet): CellRange[] {
  const table = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  const out: CellRange[] = [];
  if (table) {
    for (const m of Object.values(table)) {
      if (!m) continue;
      const { top, left, bottom, right } = m.model;
      out.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
    }
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

interface RowLike {
  number: number;
  _cells: (Cell | undefined)[];
}

/**
 * The used range of a worksheet as a Grid: the bounding box of every cell holding something
 * (a value, a formula, or a merge), so that style-only rows far below do not inflate the snapshot.
 * Empty cells inside the box keep their number format (a pre-formatted grade column matters to writers).
 * Two passes (bounds, then fill) so 100k-row sheets allocate nothing per cell beyond the grid itself.
 */
export function readGrid(ws: Worksheet): Grid {
  const merges = mergesOf(ws);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const rows = (ws as unknown as { _rows: (RowLike | undefined)[] })._rows;
  for (const row of rows) {
    if (!row) continue;
    const r = row.number - 1;
    const rowCells = row._cells;
    for (let i = 0; i < rowCells.length; i++) {
      const type = rowCells[i]?.type as number | undefined;
      // a merge slave counts through its merge range (below), not on its own
      if (type === undefined || type === TYPE_NULL || type === TYPE_MERGE) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (i < left) left = i;
      if (i > right) right = i;
    }
  }
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  if (bottom < 0) {
    // an empty sheet: Office.js reports A1 as the used range
    return { sheet: ws.name, top: 0, left: 0, values: [[null]], formats: [['General']], formulas: [[null]], merges };
  }
  const h = bottom - top + 1;
  const w = right - left + 1;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let i = 0; i < h; i++) {
    values.push(new Array<CellValue>(w).fill(null));
    formats.push(new Array<string>(w).fill('General'));
    formulas.push(new Array<string | null>(w).fill(null));
  }
  for (const row of rows) {
    if (!row) continue;
    const r = row.number - 1;
    if (r < top || r > bottom) continue;
    const rowCells = row._cells;
    const end = Math.min(rowCells.length - 1, right);
    const vr = values[r - top];
    const fr = formats[r - top];
    const xr = formulas[r - top];
    for (let i = left; i <= end; i++) {
      const cell = rowCells[i];
      if (!cell) continue;
      const type = cell.type as number;
      if (type === TYPE_NULL || type === TYPE_MERGE) {
        if (cell.numFmt) fr[i - left] = String(cell.numFmt);
        continue;
      }
      const rc = readCell(cell);
      vr[i - left] = rc.value;
      fr[i - left] = rc.format;
      xr[i - left] = rc.formula;
    }
  }
  return { sheet: ws.name, top, left, values, formats, formulas, merges };
}
