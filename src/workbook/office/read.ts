/**
 * Reading a sheet's used range into a Grid in as few round trips as the 5 MB payload limit allows.
 *
 * Sync 1 loads the used range's position and size (values only: formatted but empty cells do not count).
 * Then the rows are read in chunks, one chunk per sync, each loading values, numberFormat and formulas
 * (and the merged areas whose top-left cell lies in the chunk, in bands of `mergeBandRows` rows because
 * getMergedAreasOrNullObject fails above 512 areas and only sees areas starting inside its range).
 *
 *   chunk 1 rows   = max(1, floor(budget / (columns × firstGuessBytesPerCell)))     (budget 4 MiB, guess 64 B)
 *   chunk k+1 rows = max(1, floor(budget / (1.25 × bytes per row measured on chunk k)))
 *   (and never more than 1,000,000 cells per chunk: Excel refuses reads above five million)
 *   syncs          = 1 + number of chunks   (= 2 whenever rows × columns × 64 B ≤ 4 MiB)
 *
 * A chunk whose response still exceeds the limit is retried with half the rows (one more sync).
 */
import type { CellRange, CellValue, Grid } from '../../core/grid';
import { parseAreasAddress } from './address';
import { isPayloadError, officeCode } from './errors';

export interface ReadTuning {
  budgetBytes: number;
  firstGuessBytesPerCell: number;
  mergeBandRows: number;
  /** whether Range.getMergedAreasOrNullObject exists (ExcelApi 1.13) */
  merges: boolean;
}

const MAX_CELLS_PER_READ = 1_000_000;

export function jsonSize(x: unknown): number {
  return JSON.stringify(x).length;
}

export function emptyGrid(sheet: string): Grid {
  return { sheet, top: 0, left: 0, values: [], formats: [], formulas: [], merges: [] };
}

function toValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** Range.formulas gives the constant for plain cells: keep only real formulas. */
function toFormula(f: unknown, v: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') && f !== v ? f : null;
}

export async function readUsedRange(ctx: Excel.RequestContext, name: string, tuning: ReadTuning): Promise<Grid> {
  const ws = ctx.workbook.worksheets.getItem(name);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await ctx.sync();
  if (used.isNullObject) return emptyGrid(name);
  const top = used.rowIndex;
  const left = used.columnIndex;
  const rows = used.rowCount;
  const cols = used.columnCount;

  const grid: Grid = { sheet: name, top, left, values: [], formats: [], formulas: [], merges: [] };
  // Excel gives up on reads above five million cells (and may return null instead of failing, office-js#6781)
  const maxRows = Math.max(1, Math.floor(MAX_CELLS_PER_READ / cols));
  let chunkRows = Math.max(1, Math.min(Math.floor(tuning.budgetBytes / (cols * tuning.firstGuessBytesPerCell)), maxRows));
  let band = tuning.mergeBandRows;
  let done = 0;
  while (done < rows) {
    const n = Math.min(chunkRows, rows - done);
    const range = ws.getRangeByIndexes(top + done, left, n, cols);
    range.load('values,numberFormat,formulas');
    const areas: Excel.RangeAreas[] = [];
    if (tuning.merges) {
      for (let k = 0; k < n; k += band) {
        areas.push(ws.getRangeByIndexes(top + done + k, left, Math.min(band, n - k), cols).getMergedAreasOrNullObject().load('address'));
      }
    }
    try {
      await ctx.sync();
    } catch (e) {
      if (isPayloadError(e) && n > 1) {
        chunkRows = Math.ceil(n / 2);
        continue;
      }
      // More than 512 merged areas in one band is the likely cause of any other failure here: retry with thin bands.
      const code = officeCode(e);
      if (!isPayloadError(e) && tuning.merges && band > 8 && code !== 'ItemNotFound' && code !== 'InvalidOperationInCellEditMode') {
        band = 8;
        continue;
      }
      throw e;
    }
    const values = range.values;
    const formats = range.numberFormat as string[][];
    const formulas = range.formulas;
    for (let i = 0; i < n; i++) {
      const vRow = values[i];
      const fRow = formulas[i];
      grid.values.push(vRow.map(toValue));
      grid.formats.push(formats[i].map((f) => (typeof f === 'string' && f !== '' ? f : 'General')));
      grid.formulas.push(fRow.map((f, j) => toFormula(f, vRow[j])));
    }
    for (const a of areas) if (!a.isNullObject) grid.merges.push(...parseAreasAddress(a.address));
    const bytes = jsonSize(values) + jsonSize(formats) + jsonSize(formulas);
    chunkRows = Math.max(1, Math.min(Math.floor(tuning.budgetBytes / ((1.25 * bytes) / n)), maxRows));
    done += n;
  }
  grid.merges.sort((a: CellRange, b: CellRange) => a.top - b.top || a.left - b.left);
  return grid;
}
