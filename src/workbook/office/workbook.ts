/**
 * The Office.js adapter: the only code that calls Excel.run. `Excel` (and `Office`) come in by injection,
 * so tests pass the fake from src/fake-excel and the task pane passes the globals.
 *
 * Round trips per action (context.sync calls that carry work; measured on the fake):
 *   sheetNames, activeSheetName, selectCell, hasBackup   1
 *   readSheet                                            1 + row chunks (2 for any sheet under ~4 MiB of cell data)
 *   applyEdits, backupAndApply                           2 (1 when refused); more only past 20,000 cells or 4 MiB
 *   restoreLastBackup                                    2 (1 when there is no backup)
 *   writeScorecard                                       2
 * Every batch runs with delayForCellEdit (it waits while the user is typing in a cell instead of failing).
 * Writes use mergeUndoGroup where ExcelApi 1.20 is available, so Ctrl+Z undoes one action at a time;
 * we never rely on it: backupAndApply keeps its own backup in the workbook.
 */
import type { Grid } from '../../core/grid';
import type { Scorecard } from '../../core/scorecard/model';
import type { CellEdit, WorkbookPort } from '../port';
import { GatewayError, officeCode, toGatewayError, type ErrorContext } from './errors';
import { readUsedRange } from './read';
import { type ApplyOptions, type ApplyResult, checkAndWrite, flushSteps, runsOf } from './edits';
import { BACKUP_SHEET, FIRST_READ_CHUNKS, decodeBackup } from './backup';
import { SCORECARD_MARK, SCORECARD_SHEET, layoutScorecard, queueScorecard } from './scorecard';
import { cellInput } from './text';
import { jsonSize } from './read';

/** What we need of the `Excel` namespace: run with options. The global Excel and the fake both fit. */
export interface ExcelLike {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** What we need of `Office`: requirement-set checks. */
export interface OfficeLike {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export interface Tuning {
  /** bytes we allow per request or response (Excel's limit is 5 MB; we keep a margin) */
  budgetBytes: number;
  /** bytes per cell assumed for values + numberFormat + formulas before anything was measured */
  firstGuessBytesPerCell: number;
  /** rows per getMergedAreasOrNullObject call (Excel fails above 512 merged areas per call) */
  mergeBandRows: number;
  checkCellsPerSync: number;
  perCellHiddenLimit: number;
  backupChunkChars: number;
  maxRunRows: number;
}

export const DEFAULT_TUNING: Tuning = {
  budgetBytes: 4 * 1024 * 1024,
  firstGuessBytesPerCell: 64,
  mergeBandRows: 128,
  checkCellsPerSync: 20000,
  perCellHiddenLimit: 5000,
  backupChunkChars: 30000,
  maxRunRows: 10000,
};

export class OfficeWorkbook implements WorkbookPort {
  private readonly office: OfficeLike | null;
  private readonly tuning: Tuning;

  constructor(
    private readonly excel: ExcelLike,
    office?: OfficeLike | null,
    tuning: Partial<Tuning> = {},
  ) {
    const globalOffice = (globalThis as { Office?: OfficeLike }).Office;
    this.office = office === undefined ? (globalOffice ?? null) : office;
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
  }

  /** Requirement sets: without an Office object (tests, preview) we assume a current Excel. */
  private supports(version: string): boolean {
    if (!this.office) return true;
    try {
      return this.office.context.requirements.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  }

  /**
   * One Excel.run with our options and error translation. Writing batches ask for one undo group when
   * the host has it; if Excel answers UndoNotSupported (nothing ran), the batch is run once more without it.
   */
  private async batch<T>(where: ErrorContext, writes: boolean, fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    const undo = writes && this.supports('1.20');
    try {
      return await this.excel.run(undo ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true }, fn);
    } catch (e) {
      if (undo && officeCode(e) === 'UndoNotSupported') {
        try {
          return await this.excel.run({ delayForCellEdit: true }, fn);
        } catch (e2) {
          throw toGatewayError(e2, where);
        }
      }
      throw toGatewayError(e, where);
    }
  }

  async sheetNames(): Promise<string[]> {
    return this.batch({ action: 'elenco dei fogli' }, false, async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
      await ctx.sync();
      return sheets.items.filter((s) => s.visibility !== 'VeryHidden' && s.name !== BACKUP_SHEET).map((s) => s.name);
    });
  }

  async activeSheetName(): Promise<string> {
    return this.batch({ action: 'lettura del foglio attivo' }, false, async (ctx) => {
      const s = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      return s.name;
    });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.batch({ action: `selezione della cella ${address}`, sheet }, false, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  async readSheet(name: string): Promise<Grid> {
    const t = this.tuning;
    return this.batch({ action: 'lettura del foglio', sheet: name }, false, (ctx) =>
      readUsedRange(ctx, name, { budgetBytes: t.budgetBytes, firstGuessBytesPerCell: t.firstGuessBytesPerCell, mergeBandRows: t.mergeBandRows, merges: this.supports('1.13') }),
    );
  }

  async applyEdits(sheet: string, edits: CellEdit[], options: ApplyOptions = {}): Promise<ApplyResult> {
    return this.write(sheet, edits, options, false);
  }

  /** Back up the cells about to change into the very hidden sheet, then write; all or nothing. */
  async backupAndApply(sheet: string, edits: CellEdit[], options: ApplyOptions = {}): Promise<ApplyResult> {
    return this.write(sheet, edits, options, true);
  }

  private write(sheet: string, edits: CellEdit[], options: ApplyOptions, backup: boolean): Promise<ApplyResult> {
    const t = this.tuning;
    return this.batch({ action: 'scrittura dei gradi', sheet }, true, (ctx) =>
      checkAndWrite(ctx, sheet, edits, options, backup, {
        budgetBytes: t.budgetBytes,
        checkCellsPerSync: t.checkCellsPerSync,
        perCellHiddenLimit: t.perCellHiddenLimit,
        mergeBandRows: t.mergeBandRows,
        merges: this.supports('1.13'),
        backupChunkChars: t.backupChunkChars,
        maxRunRows: t.maxRunRows,
      }),
    );
  }

  async hasBackup(): Promise<boolean> {
    return this.batch({ action: 'ricerca della copia di sicurezza' }, false, async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject(BACKUP_SHEET);
      await ctx.sync();
      return !s.isNullObject;
    });
  }

  /**
   * Put back the cells saved by the last backupAndApply (values, formulas as formulas, number formats),
   * then drop the backup. Returns the number of cells restored (0 when there is no backup).
   */
  async restoreLastBackup(): Promise<number> {
    const where: ErrorContext = { action: 'ripristino delle celle' };
    const t = this.tuning;
    return this.batch(where, true, async (ctx) => {
      const bk = ctx.workbook.worksheets.getItem(BACKUP_SHEET);
      const head = bk.getRange('A1:B1').load('values');
      const first = bk.getRangeByIndexes(1, 0, FIRST_READ_CHUNKS, 1).load('values');
      try {
        await ctx.sync();
      } catch (e) {
        if (officeCode(e) === 'ItemNotFound') return 0;
        throw e;
      }
      const count = Number(head.values[0][1]);
      if (!Number.isInteger(count) || count < 1) throw new GatewayError('BadBackup', 'La copia di sicurezza di Cruscotto è illeggibile: non ripristino nulla.');
      const chunks: unknown[] = first.values.slice(0, Math.min(count, FIRST_READ_CHUNKS)).map((r) => r[0]);
      for (let i = FIRST_READ_CHUNKS; i < count; i += FIRST_READ_CHUNKS) {
        const more = bk.getRangeByIndexes(1 + i, 0, Math.min(FIRST_READ_CHUNKS, count - i), 1).load('values');
        await ctx.sync();
        chunks.push(...more.values.map((r) => r[0]));
      }
      const backup = decodeBackup(chunks);
      if (!backup) throw new GatewayError('BadBackup', 'La copia di sicurezza di Cruscotto è illeggibile: non ripristino nulla.');
      where.sheet = backup.sheet;
      const ws = ctx.workbook.worksheets.getItem(backup.sheet);
      const byCell = new Map(backup.cells.map((c) => [`${c.r}:${c.c}`, c]));
      const steps: { bytes: number; queue: () => void }[] = [];
      for (const run of runsOf(backup.cells.map((c) => ({ row: c.r, col: c.c })), t.maxRunRows)) {
        const cells = Array.from({ length: run.n }, (_, i) => byCell.get(`${run.row + i}:${run.col}`)!);
        const formats = cells.map((c) => [c.nf]);
        const formulas = cells.map((c) => [c.f ?? cellInput(c.v)]);
        steps.push({
          bytes: 128 + jsonSize(formats) + jsonSize(formulas),
          queue: () => {
            const range = ws.getRangeByIndexes(run.row, run.col, run.n, 1);
            range.numberFormat = formats; // format first: it decides how Excel reads what follows
            range.formulas = formulas;
          },
        });
      }
      steps.push({
        bytes: 128,
        queue: () => {
          bk.visibility = 'Hidden'; // Excel refuses to delete a very hidden sheet
          bk.delete();
        },
      });
      await flushSteps(ctx, steps, t.budgetBytes);
      return backup.cells.length;
    });
  }

  /** Create the "Scorecard" sheet, replacing the one Cruscotto made before (never a sheet of the user's). */
  async writeScorecard(card: Scorecard): Promise<void> {
    const layout = layoutScorecard(card);
    await this.batch({ action: 'inserimento della scorecard', sheet: SCORECARD_SHEET }, true, async (ctx) => {
      const old = ctx.workbook.worksheets.getItem(SCORECARD_SHEET);
      const a1 = old.getRange('A1').load('values');
      let exists = true;
      try {
        await ctx.sync();
      } catch (e) {
        if (officeCode(e) !== 'ItemNotFound') throw e;
        exists = false;
      }
      if (exists) {
        const mark = a1.values[0][0];
        if (typeof mark !== 'string' || !mark.startsWith(SCORECARD_MARK)) {
          throw new GatewayError(
            'ScorecardNotOurs',
            `Esiste già un foglio «${SCORECARD_SHEET}» che non è stato creato da Cruscotto: rinominalo o spostalo e riprova.`,
          );
        }
        old.visibility = 'Visible'; // a very hidden sheet cannot be deleted
        old.delete();
      }
      ctx.application.suspendApiCalculationUntilNextSync();
      queueScorecard(ctx, layout);
      await ctx.sync();
    });
  }
}
