import type { Worksheet } from 'exceljs';
import { a1 } from '../../core/grid';
import type { CellRange } from '../../core/grid';
import type { CellEdit, EditRefusal } from '../port';
import { mergesOf } from './read';

/** Excel's sheet limits (0-based maxima) */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

function inside(m: CellRange, row: number, col: number): boolean {
  return row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
}

function rangeA1(m: CellRange): string {
  return `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
}

function isProtected(ws: Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return !!p && p.sheet !== false;
}

/**
 * Decide every edit before writing any: formula cells and positions outside the sheet are refused one by one;
 * a merged or protected cell refuses the whole batch (a half-written grade column is worse than none).
 */
export function checkEdits(ws: Worksheet, edits: CellEdit[]): { accepted: CellEdit[]; refused: EditRefusal[]; abort: boolean } {
  const sheet = ws.name;
  const merges = mergesOf(ws);
  const locked = isProtected(ws);
  const accepted: CellEdit[] = [];
  const refused: EditRefusal[] = [];
  let abort = false;
  for (const e of edits) {
    if (!Number.isInteger(e.row) || !Number.isInteger(e.col) || e.row < 0 || e.col < 0 || e.row > MAX_ROW || e.col > MAX_COL) {
      refused.push({
        cell: `R${e.row + 1}C${e.col + 1}`,
        reason: 'outside',
        message: `Foglio «${sheet}»: la posizione riga ${e.row + 1}, colonna ${e.col + 1} è fuori dal foglio; valore non scritto.`,
      });
      continue;
    }
    const cell = a1(e.row, e.col);
    const existing = ws.findCell(e.row + 1, e.col + 1);
    const merge = merges.find((m) => inside(m, e.row, e.col) && !(m.top === e.row && m.left === e.col));
    if (merge) {
      abort = true;
      refused.push({
        cell,
        reason: 'merged',
        message: `Foglio «${sheet}», cella ${cell}: fa parte delle celle unite ${rangeA1(merge)}; nessun valore è stato scritto.`,
      });
      continue;
    }
    if (locked && existing?.protection?.locked !== false) {
      abort = true;
      refused.push({
        cell,
        reason: 'protected',
        message: `Foglio «${sheet}», cella ${cell}: il foglio è protetto; nessun valore è stato scritto.`,
      });
      continue;
    }
    if (existing && existing.formula) {
      refused.push({
        cell,
        reason: 'formula',
        message: `Foglio «${sheet}», cella ${cell}: contiene una formula (=${existing.formula}) e non viene sovrascritta.`,
      });
      continue;
    }
    accepted.push(e);
  }
  return { accepted, refused, abort };
}

/** write accepted edits; the style object is copied because ExcelJS shares style objects between cells */
export function writeEdits(ws: Worksheet, edits: CellEdit[]): number {
  for (const e of edits) {
    const cell = ws.getCell(e.row + 1, e.col + 1);
    cell.value = e.value;
    if (e.numberFormat !== undefined) cell.style = { ...cell.style, numFmt: e.numberFormat };
  }
  return edits.length;
}
