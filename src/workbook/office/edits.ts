/**
 * Writing cells safely in one Excel.run: check everything first, then write (with a backup) or write nothing.
 *
 * Round trips (measured on the fake, see test/workbook/office):
 *   check syncs = ceil(inspected cells / checkCellsPerSync)          (1 for up to 20,000 cells)
 *               + 1 only when a run of more than perCellHiddenLimit edits is partly hidden
 *   write syncs = ceil(bytes to write / budget)                       (1 below 4 MiB)
 * so applyEdits and backupAndApply take 2 syncs for any realistic plan; a refused batch takes 1.
 */
import type { CellRange, CellValue } from '../../core/grid';
import { a1, columnLetters } from '../../core/grid';
import type { CellEdit, EditRefusal } from '../port';
import { parseAreasAddress } from './address';
import { isPayloadError, officeCode } from './errors';
import { jsonSize } from './read';
import { cellInput } from './text';
import { type BackupCell, encodeBackup, queueBackupSheet, BACKUP_SHEET } from './backup';

export interface ApplyOptions {
  /**
   * the only columns edits may touch (0-based): the plan's grade column, plus the objectives' grade column
   * when the layout keeps it elsewhere. Default: the column of the first edit.
   */
  gradeColumns?: number[];
  /** what the caller saw when validating: a cell that now holds something else refuses the write ('changed') */
  expected?: { row: number; col: number; value: CellValue }[];
}

export interface ApplyResult {
  written: number;
  refused: EditRefusal[];
}

export interface WriteTuning {
  budgetBytes: number;
  checkCellsPerSync: number;
  perCellHiddenLimit: number;
  mergeBandRows: number;
  merges: boolean;
  backupChunkChars: number;
  /** longest run of cells written with one range */
  maxRunRows: number;
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;
const ACTION_BYTES = 64;

interface Run {
  col: number;
  row: number;
  n: number;
}

/** Cells sorted by column then row, cut into runs of consecutive rows. */
export function runsOf(cells: { row: number; col: number }[], maxRows: number): Run[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Run[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.row + last.n === c.row && last.n < maxRows) last.n++;
    else runs.push({ col: c.col, row: c.row, n: 1 });
  }
  return runs;
}

/** Edits cut the same way, each run with its edits in row order. */
function editRuns(edits: CellEdit[], maxRows: number): { run: Run; edits: CellEdit[] }[] {
  const sorted = [...edits].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: { run: Run; edits: CellEdit[] }[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.run.col === e.col && last.run.row + last.run.n === e.row && last.run.n < maxRows) {
      last.run.n++;
      last.edits.push(e);
    } else out.push({ run: { col: e.col, row: e.row, n: 1 }, edits: [e] });
  }
  return out;
}

const keyOf = (row: number, col: number) => `${row}:${col}`;

function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a === '' || a === undefined ? null : a;
  const y = b === '' || b === undefined ? null : b;
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  return x === y;
}

function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined || v === '') return 'cella vuota';
  return `«${String(v)}»`;
}

interface Inspected {
  value: CellValue;
  formula: string | null;
  format: string;
  hidden: boolean | null | undefined;
}

/**
 * Check and write. Never writes over a formula, a merged cell, a hidden row, outside the grade column,
 * on a protected sheet or over a cell that changed since validation; any refusal means nothing is written.
 */
export async function checkAndWrite(ctx: Excel.RequestContext, sheet: string, edits: CellEdit[], opts: ApplyOptions, backup: boolean, t: WriteTuning): Promise<ApplyResult> {
  const refused: EditRefusal[] = [];
  const byCell = new Map<string, CellEdit>();
  for (const e of edits) byCell.set(keyOf(e.row, e.col), e); // the last edit of a cell wins
  const list = [...byCell.values()];
  if (list.length === 0) return { written: 0, refused };
  const allowed = opts.gradeColumns && opts.gradeColumns.length > 0 ? opts.gradeColumns : [edits[0].col];
  const allowedNames = allowed.map(columnLetters).join(', ');

  const targets: CellEdit[] = [];
  for (const e of list) {
    const inSheet = Number.isInteger(e.row) && Number.isInteger(e.col) && e.row >= 0 && e.col >= 0 && e.row <= MAX_ROW && e.col <= MAX_COL;
    if (!inSheet) {
      refused.push({ cell: `R${e.row + 1}C${e.col + 1}`, reason: 'outside', message: `Foglio «${sheet}»: la posizione riga ${e.row + 1}, colonna ${e.col + 1} è fuori dal foglio.` });
    } else if (!allowed.includes(e.col)) {
      const cell = a1(e.row, e.col);
      const what = allowed.length > 1 ? `dalle colonne dei gradi (${allowedNames})` : `dalla colonna dei gradi (${allowedNames})`;
      refused.push({ cell, reason: 'outside', message: `Foglio «${sheet}», cella ${cell}: è fuori ${what}.` });
    } else targets.push(e);
  }
  const expected = new Map<string, CellValue>();
  for (const x of opts.expected ?? []) {
    if (x.row >= 0 && x.col >= 0 && x.row <= MAX_ROW && x.col <= MAX_COL) expected.set(keyOf(x.row, x.col), x.value);
  }

  /* ---------------- check syncs ---------------- */
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const inspectCells = new Map<string, { row: number; col: number }>();
  for (const e of targets) inspectCells.set(keyOf(e.row, e.col), e);
  for (const [k] of expected) {
    const [row, col] = k.split(':').map(Number);
    inspectCells.set(k, { row, col });
  }
  const runs = runsOf([...inspectCells.values()], t.maxRunRows);
  const perCellHidden = targets.length <= t.perCellHiddenLimit;
  const isTarget = new Set(targets.map((e) => keyOf(e.row, e.col)));
  const seen = new Map<string, Inspected>();
  const mixedRuns: Run[] = [];
  let protectedSheet = false;
  let merges: CellRange[] = [];
  let backupExists = false;

  // batches of runs, each under checkCellsPerSync cells; the first batch also asks for protection, merges, backup sheet
  const batches: Run[][] = [[]];
  let cellsInBatch = 0;
  for (const r of runs) {
    if (cellsInBatch + r.n > t.checkCellsPerSync && batches[batches.length - 1].length > 0) {
      batches.push([]);
      cellsInBatch = 0;
    }
    batches[batches.length - 1].push(r);
    cellsInBatch += r.n;
  }

  let band = t.mergeBandRows;
  for (let b = 0; b < batches.length; b++) {
    const first = b === 0;
    const loads: { run: Run; range: Excel.Range; cells: { key: string; range: Excel.Range }[] }[] = [];
    for (const run of batches[b]) {
      const range = ws.getRangeByIndexes(run.row, run.col, run.n, 1);
      range.load(perCellHidden ? 'values,formulas,numberFormat' : 'values,formulas,numberFormat,rowHidden');
      const cells: { key: string; range: Excel.Range }[] = [];
      if (perCellHidden) {
        for (let i = 0; i < run.n; i++) {
          const key = keyOf(run.row + i, run.col);
          if (isTarget.has(key)) cells.push({ key, range: ws.getRangeByIndexes(run.row + i, run.col, 1, 1).load('rowHidden') });
        }
      }
      loads.push({ run, range, cells });
    }
    let protection: Excel.WorksheetProtection | null = null;
    let bands: Excel.RangeAreas[] = [];
    let bk: Excel.Worksheet | null = null;
    if (first) {
      protection = ws.protection.load('protected');
      if (t.merges && targets.length > 0) bands = mergeBands(ws, targets, band);
      if (backup) bk = ctx.workbook.worksheets.getItemOrNullObject(BACKUP_SHEET);
    }
    try {
      await ctx.sync();
    } catch (e) {
      // more than 512 merged areas in a band is the likely cause of an unexpected failure: retry with thin bands
      const code = officeCode(e);
      if (first && bands.length > 0 && band > 8 && !isPayloadError(e) && code !== 'ItemNotFound' && code !== 'AccessDenied' && code !== 'InvalidOperationInCellEditMode') {
        band = 8;
        b--;
        continue;
      }
      throw e;
    }
    if (protection) protectedSheet = protection.protected;
    for (const a of bands) if (!a.isNullObject) merges.push(...parseAreasAddress(a.address));
    if (bk) backupExists = !bk.isNullObject;
    for (const { run, range, cells } of loads) {
      const values = range.values;
      const formulas = range.formulas;
      const formats = range.numberFormat as string[][];
      const runHidden = perCellHidden ? undefined : (range.rowHidden as boolean | null);
      if (runHidden === null) mixedRuns.push(run);
      for (let i = 0; i < run.n; i++) {
        const v = values[i][0] as CellValue;
        const f = formulas[i][0];
        seen.set(keyOf(run.row + i, run.col), {
          value: v === '' ? null : v,
          formula: typeof f === 'string' && f.startsWith('=') && f !== v ? f : null,
          format: typeof formats[i][0] === 'string' ? formats[i][0] : 'General',
          hidden: runHidden === null ? undefined : runHidden,
        });
      }
      for (const c of cells) seen.get(c.key)!.hidden = c.range.rowHidden;
    }
  }
  merges = merges.filter((m) => m.bottom > m.top || m.right > m.left);

  // a long run that is partly hidden: ask row by row (one more sync, only then)
  if (mixedRuns.length > 0) {
    const asks: { key: string; range: Excel.Range }[] = [];
    for (const run of mixedRuns) {
      for (let i = 0; i < run.n; i++) {
        const key = keyOf(run.row + i, run.col);
        if (isTarget.has(key)) asks.push({ key, range: ws.getRangeByIndexes(run.row + i, run.col, 1, 1).load('rowHidden') });
      }
    }
    await ctx.sync();
    for (const a of asks) seen.get(a.key)!.hidden = a.range.rowHidden;
  }

  /* ---------------- verdicts ---------------- */
  for (const e of targets) {
    const cell = a1(e.row, e.col);
    const s = seen.get(keyOf(e.row, e.col))!;
    const merge = merges.find((m) => e.row >= m.top && e.row <= m.bottom && e.col >= m.left && e.col <= m.right);
    if (protectedSheet) {
      refused.push({ cell, reason: 'protected', message: `Il foglio «${sheet}» è protetto (cella ${cell}): togli la protezione e riprova.` });
    } else if (merge) {
      const ref = `${a1(merge.top, merge.left)}:${a1(merge.bottom, merge.right)}`;
      refused.push({ cell, reason: 'merged', message: `Foglio «${sheet}», cella ${cell}: fa parte delle celle unite ${ref}; Cruscotto scrive solo in celle singole. Dividi le celle e riprova.` });
    } else if (s.hidden !== false) {
      refused.push({ cell, reason: 'filtered', message: `Foglio «${sheet}», cella ${cell}: la riga ${e.row + 1} è nascosta (filtro attivo?). Mostra tutte le righe e riprova.` });
    } else if (s.formula !== null) {
      refused.push({ cell, reason: 'formula', message: `Foglio «${sheet}», cella ${cell}: contiene la formula ${s.formula} e non viene sovrascritta.` });
    } else if (expected.has(keyOf(e.row, e.col)) && !sameValue(expected.get(keyOf(e.row, e.col)), s.value)) {
      refused.push(changed(sheet, cell, expected.get(keyOf(e.row, e.col)), s.value));
    }
  }
  for (const [k, want] of expected) {
    if (isTarget.has(k)) continue;
    const [row, col] = k.split(':').map(Number);
    const s = seen.get(k)!;
    if (!sameValue(want, s.value)) refused.push(changed(sheet, a1(row, col), want, s.value));
  }
  if (refused.length > 0) return { written: 0, refused };

  /* ---------------- write syncs ---------------- */
  const steps: { bytes: number; queue: () => void }[] = [];
  if (backup) {
    const cells: BackupCell[] = targets.map((e) => {
      const s = seen.get(keyOf(e.row, e.col))!;
      return { r: e.row, c: e.col, v: s.value, f: s.formula, nf: s.format };
    });
    const chunks = encodeBackup({ v: 1, sheet, at: new Date().toISOString(), cells }, t.backupChunkChars);
    steps.push(...queueBackupSheet(ctx, chunks, backupExists, t.budgetBytes));
  }
  for (const { run, edits: slice } of editRuns(targets, t.maxRunRows)) {
    const values = slice.map((e) => [cellInput(e.value)]);
    const formats = slice.map((e) => [e.numberFormat ?? null]);
    const withFormats = formats.some((f) => f[0] !== null);
    steps.push({
      bytes: ACTION_BYTES * 2 + jsonSize(values) + (withFormats ? jsonSize(formats) : 0),
      queue: () => {
        const range = ws.getRangeByIndexes(run.row, run.col, run.n, 1);
        if (withFormats) range.numberFormat = formats; // null entries leave a cell's format as it is
        range.values = values;
      },
    });
  }
  await flushSteps(ctx, steps, t.budgetBytes);
  return { written: targets.length, refused: [] };
}

function changed(sheet: string, cell: string, want: CellValue | undefined, got: CellValue): EditRefusal {
  return {
    cell,
    reason: 'changed',
    message: `Foglio «${sheet}», cella ${cell}: il contenuto è cambiato dopo la validazione (atteso ${shown(want)}, trovato ${shown(got)}). Rivalida il foglio e riprova.`,
  };
}

/**
 * Merged areas that could cover a target: their top-left cell is above-left of the farthest target
 * (getMergedAreasOrNullObject only reports areas starting inside its range), asked in bands of rows.
 */
function mergeBands(ws: Excel.Worksheet, targets: CellEdit[], band: number): Excel.RangeAreas[] {
  const maxRow = targets.reduce((m, e) => Math.max(m, e.row), 0);
  const maxCol = targets.reduce((m, e) => Math.max(m, e.col), 0);
  const out: Excel.RangeAreas[] = [];
  for (let r = 0; r <= maxRow; r += band) {
    out.push(ws.getRangeByIndexes(r, 0, Math.min(band, maxRow + 1 - r), maxCol + 1).getMergedAreasOrNullObject().load('address'));
  }
  return out;
}

/** Queue steps into as few syncs as the budget allows; calculation is suspended for each write sync. */
export async function flushSteps(ctx: Excel.RequestContext, steps: { bytes: number; queue: () => void }[], budget: number): Promise<void> {
  let used = 0;
  let open = false;
  for (const s of steps) {
    if (open && used + s.bytes > budget) {
      await ctx.sync();
      open = false;
      used = 0;
    }
    if (!open) {
      ctx.application.suspendApiCalculationUntilNextSync();
      open = true;
    }
    s.queue();
    used += s.bytes;
  }
  if (open) await ctx.sync();
}
