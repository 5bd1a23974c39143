import type { CellValue, Grid } from '../core/grid';
import { a1, cellAt } from '../core/grid';
import type { Policy } from '../core/grade/types';
import { POLICIES } from '../core/grade/policies';
import type { CellEdit, EditRefusal, WorkbookPort } from '../workbook/port';
import { analyseGrid, GRADE_HEADER, gradeEdits, policyOrDefault, scorecardOf, type SheetAnalysis } from './analyse';

/** What the add-in needs beyond the plain port; the Office adapter (and the preview host) provide it. */
export interface AddinWorkbook extends WorkbookPort {
  activeSheetName(): Promise<string>;
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Back up the cells about to be overwritten, then write; all-or-nothing. `gradeColumns` are the only
   * columns it may touch; `expected` is what the cells held when we read them (a change refuses the write).
   */
  backupAndApply(
    sheet: string,
    edits: CellEdit[],
    options?: { gradeColumns?: number[]; expected?: { row: number; col: number; value: CellValue }[] },
  ): Promise<{ written: number; refused: EditRefusal[] }>;
  /** restore the last backup exactly; returns the number of cells restored */
  restoreLastBackup(): Promise<number>;
  hasBackup(): Promise<boolean>;
}

export interface ActionResult {
  ok: boolean;
  /** Italian, one or two sentences, shown in a message bar or notification */
  message: string;
}

/**
 * The add-in's use cases. The task pane and the ribbon commands call only this;
 * it calls only the workbook port. Holds the last analysis so "Scrivi gradi" can tell
 * whether the sheet changed since "Valida".
 */
export class CruscottoApp {
  policy: Policy = policyOrDefault();
  last: SheetAnalysis | null = null;
  private lastGrid: Grid | null = null;

  constructor(readonly workbook: AddinWorkbook) {}

  static policies(): Policy[] {
    return POLICIES;
  }

  setPolicy(name: string): void {
    this.policy = policyOrDefault(name);
    if (this.lastGrid) this.last = analyseGrid(this.lastGrid, this.policy);
  }

  async validate(): Promise<SheetAnalysis> {
    const sheet = await this.workbook.activeSheetName();
    const grid = await this.workbook.readSheet(sheet);
    this.lastGrid = grid;
    this.last = analyseGrid(grid, this.policy);
    return this.last;
  }

  async writeGrades(): Promise<ActionResult> {
    const before = this.lastGrid;
    const a = await this.validate();
    if (!a.plan) return { ok: false, message: `Nessun piano riconosciuto nel foglio «${a.sheet}»: nessun grado scritto.` };
    if (!a.grades) return { ok: false, message: a.notes.join(' ') || `Foglio «${a.sheet}»: nessun grado calcolabile.` };
    const changed = before && before.sheet === a.sheet ? changedCell(before, this.lastGrid!) : null;
    if (changed) {
      // Someone edited the sheet after "Valida": show the fresh results instead of writing blind.
      return { ok: false, message: `Il foglio «${a.sheet}» è cambiato dopo l’ultima validazione (cella ${changed}): i risultati sono stati aggiornati, controllali e premi di nuovo «Scrivi gradi». Nessuna cella modificata.` };
    }
    const edits = gradeEdits(a);
    if (edits.length === 0) return { ok: false, message: `Foglio «${a.sheet}»: nessun grado da scrivere (mancano i consuntivi).` };
    const grid = this.lastGrid!;
    const res = await this.workbook.backupAndApply(a.sheet, edits, {
      gradeColumns: [...new Set(edits.map((e) => e.col))],
      expected: edits.map((e) => ({ row: e.row, col: e.col, value: cellAt(grid, e.row, e.col) })),
    });
    if (res.refused.length > 0) {
      return { ok: false, message: `Nessuna cella modificata. ${res.refused[0].message}${res.refused.length > 1 ? ` (e altre ${res.refused.length - 1})` : ''}` };
    }
    this.lastGrid = null; // our own write changed the sheet; the next action starts from a fresh read
    const grades = edits.filter((e) => typeof e.value === 'number').length;
    const added = a.plan.gradeColumn === null ? ` nella nuova colonna «${GRADE_HEADER}»` : '';
    return { ok: true, message: `Scritti ${grades} gradi${added} nel foglio «${a.sheet}». Puoi annullare con «Ripristina».` };
  }

  async insertScorecard(): Promise<ActionResult> {
    const a = this.last ?? (await this.validate());
    const card = scorecardOf(a);
    if (!card) return { ok: false, message: `Nessun piano riconosciuto nel foglio «${a.sheet}»: scorecard non inserita.` };
    await this.workbook.writeScorecard(card);
    return { ok: true, message: `Scorecard inserita nel foglio «Scorecard» (${card.total.objectives} obiettivi).` };
  }

  async restore(): Promise<ActionResult> {
    if (!(await this.workbook.hasBackup())) return { ok: false, message: 'Non c’è nessuna modifica di Cruscotto da ripristinare.' };
    const n = await this.workbook.restoreLastBackup();
    this.last = null;
    this.lastGrid = null;
    return { ok: true, message: `Ripristinate ${n} celle com’erano prima dell’ultima scrittura.` };
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.workbook.selectCell(sheet, cell);
  }
}

/** First cell (A1) whose value differs between two reads of a sheet, or null. */
export function changedCell(a: Grid, b: Grid): string | null {
  const rows = Math.max(a.top + a.values.length, b.top + b.values.length);
  const cols = Math.max(a.left + (a.values[0]?.length ?? 0), b.left + (b.values[0]?.length ?? 0));
  for (let r = Math.min(a.top, b.top); r < rows; r++) {
    for (let c = Math.min(a.left, b.left); c < cols; c++) {
      if (cellAt(a, r, c) !== cellAt(b, r, c)) return a1(r, c);
    }
  }
  return null;
}


/* ---- ribbon command entry points: one shared app over the global Excel (set by the runtime page) ---- */
let shared: CruscottoApp | null = null;
export function setSharedApp(app: CruscottoApp): void {
  shared = app;
}
export function sharedApp(): CruscottoApp {
  if (!shared) throw new Error('Cruscotto non è ancora pronto: riprova fra un istante.');
  return shared;
}

export async function validateActiveSheet(): Promise<{ errors: number; warnings: number; message: string }> {
  const a = await sharedApp().validate();
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  const warnings = a.findings.filter((f) => f.severity === 'warning').length;
  const message = a.plan
    ? `Foglio «${a.sheet}»: ${errors} errori, ${warnings} avvisi.`
    : `Nessun piano riconosciuto nel foglio «${a.sheet}».`;
  return { errors, warnings, message };
}
export const writeGradesActiveSheet = (): Promise<ActionResult> => sharedApp().writeGrades();
export const insertScorecardActiveSheet = (): Promise<ActionResult> => sharedApp().insertScorecard();
export const restoreBackup = (): Promise<ActionResult> => sharedApp().restore();
