/**
 * The in-memory workbook behind the fake Excel: what the "host application" holds.
 * Tests build it, run adapter code against it through the proxies (proxies.ts), then inspect it directly.
 */
import { MAX_COLS, MAX_ROWS, type Rect, contains, formatRef, intersects, parseRef, invalidSheetName } from './address';
import { officeError } from './errors';

export type CellValue = string | number | boolean | null;
export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface TableRecord {
  name: string;
  rect: Rect;
  hasHeaders: boolean;
  style: string;
  showTotals: boolean;
}
export interface ConditionalFormatRecord {
  type: string;
  rect: Rect;
  /** everything the add-in set on the format (iconSet.style, cellValue.rule, fill colors, …) */
  props: Record<string, unknown>;
}
export interface ChartRecord {
  name: string;
  type: string;
  source: { sheet: string; address: string };
  seriesBy: string;
  props: Record<string, unknown>;
}

export interface SheetInit {
  name: string;
  /** cell values from (top, left); strings are stored as text (no coercion) */
  rows?: CellValue[][];
  top?: number;
  left?: number;
  /** formulas by A1 address, e.g. { K9: '=I9/H9' }; the cached value is computed when possible */
  formulas?: Record<string, string>;
  /** number formats by A1 address or range, e.g. { 'K9:K20': '0.00%' } */
  formats?: Record<string, string>;
  merges?: string[];
  hiddenRows?: number[];
  protected?: boolean;
  visibility?: SheetVisibility;
  autoFilter?: boolean;
}

const key = (r: number, c: number): number => r * MAX_COLS + c;

export class FakeSheet {
  visibility: SheetVisibility = 'Visible';
  protected = false;
  autoFilterEnabled = false;
  deleted = false;
  readonly hiddenRows = new Set<number>();
  merges: Rect[] = [];
  tables: TableRecord[] = [];
  conditionalFormats: ConditionalFormatRecord[] = [];
  charts: ChartRecord[] = [];
  /** formatting set through Range.format (font, fill, widths), in order */
  styles: { address: string; prop: string; value: unknown }[] = [];
  /** values by row; undefined = empty cell */
  private rows: (CellValue | undefined)[][] = [];
  private formulaMap = new Map<number, string>();
  private formatMap = new Map<number, string>();

  constructor(
    public name: string,
    readonly workbook: FakeWorkbook,
  ) {}

  /* ---------- plain accessors (tests and proxies) ---------- */

  /** the value as Office returns it: '' for an empty cell */
  value(row: number, col: number): CellValue {
    const v = this.rows[row]?.[col];
    return v === undefined || v === null ? '' : v;
  }
  formula(row: number, col: number): string | null {
    return this.formulaMap.get(key(row, col)) ?? null;
  }
  format(row: number, col: number): string {
    return this.formatMap.get(key(row, col)) ?? 'General';
  }
  /** what Range.formulas returns for one cell: the formula text, or the constant */
  formulaOrValue(row: number, col: number): CellValue {
    return this.formula(row, col) ?? this.value(row, col);
  }
  isEmpty(row: number, col: number): boolean {
    return this.value(row, col) === '' && this.formula(row, col) === null;
  }

  /* ---------- raw setters (no coercion, no protection: test setup and the host itself) ---------- */

  setValue(row: number, col: number, v: CellValue | undefined): void {
    if (v === '' || v === null || v === undefined) {
      const r = this.rows[row];
      if (r) r[col] = undefined;
      return;
    }
    (this.rows[row] ??= [])[col] = v;
  }
  setFormulaRaw(row: number, col: number, f: string | null): void {
    if (f === null) this.formulaMap.delete(key(row, col));
    else this.formulaMap.set(key(row, col), f);
  }
  setFormat(row: number, col: number, f: string | null): void {
    if (f === null || f === 'General') this.formatMap.delete(key(row, col));
    else this.formatMap.set(key(row, col), f);
  }
  setFormula(row: number, col: number, f: string): void {
    this.setFormulaRaw(row, col, f);
    this.setValue(row, col, evaluate(this, f));
  }

  /* ---------- writes through the API: Excel's coercion of typed text ---------- */

  /** Range.values / Range.formulas input for one cell; null means "leave unchanged". */
  writeInput(row: number, col: number, input: unknown, asFormula: boolean): void {
    if (input === null || input === undefined) return;
    if (typeof input === 'number' || typeof input === 'boolean') {
      if (typeof input === 'number' && !Number.isFinite(input)) throw officeError('InvalidArgument', 'Range.values');
      this.setFormulaRaw(row, col, null);
      this.setValue(row, col, input);
      return;
    }
    if (typeof input !== 'string') throw officeError('InvalidArgument', asFormula ? 'Range.formulas' : 'Range.values');
    const coerced = coerceText(input, this.format(row, col));
    if (coerced.formula !== null) {
      this.setFormula(row, col, coerced.formula);
      return;
    }
    this.setFormulaRaw(row, col, null);
    this.setValue(row, col, coerced.value);
    if (coerced.impliedFormat && this.format(row, col) === 'General') this.setFormat(row, col, coerced.impliedFormat);
  }

  /* ---------- extents ---------- */

  /** smallest rectangle holding values/formulas (and, unless valuesOnly, formats and merges); null when blank */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number) => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    };
    this.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v !== undefined && v !== '' && v !== null) take(r, c);
      });
    });
    for (const k of this.formulaMap.keys()) take(Math.floor(k / MAX_COLS), k % MAX_COLS);
    if (!valuesOnly) {
      for (const k of this.formatMap.keys()) take(Math.floor(k / MAX_COLS), k % MAX_COLS);
      for (const m of this.merges) {
        take(m.row, m.col);
        take(m.row + m.rows - 1, m.col + m.cols - 1);
      }
    }
    if (bottom < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  mergeAt(rect: Rect): Rect | undefined {
    return this.merges.find((m) => intersects(m, rect));
  }

  addMerge(ref: string): void {
    const r = parseRef(ref);
    if (!r) throw new Error(`bad merge ${ref}`);
    if (this.merges.some((m) => intersects(m, r))) throw new Error(`overlapping merge ${ref}`);
    this.merges.push(r);
  }

  /** Excel refuses value writes that cover part of a merged area. */
  checkMergedWrite(rect: Rect, location: string): void {
    for (const m of this.merges) {
      if (intersects(m, rect) && !contains(rect, m)) {
        throw officeError('InvalidOperation', location, `Cannot change part of a merged cell (${formatRef(m)}).`);
      }
    }
  }

  rowHidden(rect: Rect): boolean | null {
    let hidden = 0;
    for (let r = rect.row; r < rect.row + rect.rows; r++) if (this.hiddenRows.has(r)) hidden++;
    if (hidden === 0) return false;
    if (hidden === rect.rows) return true;
    return null;
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;

  constructor(sheets: SheetInit[] = [], active?: string) {
    for (const s of sheets) this.addSheetFrom(s);
    this.active = (active ? this.find(active) : undefined) ?? this.sheets.find((s) => s.visibility === 'Visible') ?? null;
  }

  find(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** test setup */
  addSheetFrom(init: SheetInit): FakeSheet {
    const s = this.addSheet(init.name);
    const top = init.top ?? 0;
    const left = init.left ?? 0;
    (init.rows ?? []).forEach((row, i) => row.forEach((v, j) => s.setValue(top + i, left + j, v)));
    for (const [ref, f] of Object.entries(init.formats ?? {})) {
      const r = parseRef(ref);
      if (!r) throw new Error(`bad ref ${ref}`);
      for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) s.setFormat(r.row + i, r.col + j, f);
    }
    for (const [ref, f] of Object.entries(init.formulas ?? {})) {
      const r = parseRef(ref);
      if (!r) throw new Error(`bad ref ${ref}`);
      s.setFormula(r.row, r.col, f);
    }
    for (const m of init.merges ?? []) s.addMerge(m);
    for (const r of init.hiddenRows ?? []) s.hiddenRows.add(r);
    s.protected = init.protected ?? false;
    s.visibility = init.visibility ?? 'Visible';
    s.autoFilterEnabled = init.autoFilter ?? false;
    return s;
  }

  addSheet(name: string): FakeSheet {
    if (invalidSheetName(name)) throw officeError('InvalidArgument', 'WorksheetCollection.add', `Invalid sheet name «${name}».`);
    if (this.find(name)) throw officeError('ItemAlreadyExists', 'WorksheetCollection.add');
    const s = new FakeSheet(name, this);
    this.sheets.push(s);
    return s;
  }

  deleteSheet(s: FakeSheet): void {
    if (s.visibility === 'VeryHidden') throw officeError('InvalidOperation', 'Worksheet.delete', 'Make a very hidden sheet visible or hidden before deleting it.');
    const visible = this.sheets.filter((x) => x.visibility === 'Visible' && x !== s);
    if (visible.length === 0) throw officeError('InvalidOperation', 'Worksheet.delete', 'A workbook must contain at least one visible worksheet.');
    this.sheets.splice(this.sheets.indexOf(s), 1);
    s.deleted = true;
    if (this.active === s) this.active = visible[0];
    if (this.selection && this.selection.sheet === s.name) this.selection = null;
  }

  setVisibility(s: FakeSheet, v: SheetVisibility): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw officeError('InvalidArgument', 'Worksheet.visibility');
    if (v !== 'Visible' && s.visibility === 'Visible' && !this.sheets.some((x) => x !== s && x.visibility === 'Visible')) {
      throw officeError('InvalidOperation', 'Worksheet.visibility', 'A workbook must contain at least one visible worksheet.');
    }
    s.visibility = v;
    if (v !== 'Visible' && this.active === s) this.active = this.sheets.find((x) => x.visibility === 'Visible') ?? null;
  }

  allTables(): TableRecord[] {
    return this.sheets.flatMap((s) => s.tables);
  }
}

/* ---------- Excel's reading of typed text ---------- */

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))\s?%$/;
const DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})$/;

/**
 * What Excel stores when text is written through Range.values (en-US host): numbers, percentages,
 * booleans and dates are converted, '=…' becomes a formula, a leading apostrophe forces text.
 * A cell formatted as Text ('@') keeps the string as it is.
 */
export function coerceText(s: string, cellFormat: string): { value: CellValue; formula: string | null; impliedFormat?: string } {
  if (cellFormat === '@') return { value: s, formula: null };
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  if (s.length > 1 && s.startsWith('=')) return { value: null, formula: s };
  const t = s.trim();
  if (NUMBER.test(t)) return { value: Number(t), formula: null };
  const p = PERCENT.exec(t);
  if (p) return { value: Number(p[1]) / 100, formula: null, impliedFormat: '0%' };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', formula: null };
  const d = DATE.exec(t);
  if (d) {
    const month = Number(d[1]);
    const day = Number(d[2]);
    let year = Number(d[3]);
    if (year < 100) year += year < 30 ? 2000 : 1900;
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      const serial = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
      return { value: serial, formula: null, impliedFormat: 'm/d/yyyy' };
    }
  }
  return { value: s, formula: null };
}

/* ---------- a very small formula evaluator: numbers, cell references, + - * / ( ) ---------- */

export function evaluate(sheet: FakeSheet, formula: string): CellValue {
  const src = formula.replace(/^=/, '');
  let i = 0;
  const peek = () => src[i];
  const skip = () => {
    while (src[i] === ' ') i++;
  };
  const fail = (): never => {
    throw new Error('#NAME?');
  };
  const num = (v: CellValue): number => {
    if (v === '' || v === null) return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    throw new Error('#VALUE!');
  };
  const factor = (): number => {
    skip();
    if (peek() === '-') {
      i++;
      return -factor();
    }
    if (peek() === '+') {
      i++;
      return factor();
    }
    if (peek() === '(') {
      i++;
      const v = expr();
      skip();
      if (peek() !== ')') fail();
      i++;
      return v;
    }
    const m = /^(\d+(\.\d+)?([eE][+-]?\d+)?)|^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(src.slice(i));
    if (!m) return fail();
    i += m[0].length;
    if (m[1] !== undefined) return Number(m[1]);
    const ref = parseRef(`${m[4]}${m[5]}`);
    if (!ref) return fail();
    return num(sheet.value(ref.row, ref.col));
  };
  const term = (): number => {
    let v = factor();
    for (;;) {
      skip();
      const op = peek();
      if (op !== '*' && op !== '/') return v;
      i++;
      const w = factor();
      if (op === '/' && w === 0) throw new Error('#DIV/0!');
      v = op === '*' ? v * w : v / w;
    }
  };
  const expr = (): number => {
    let v = term();
    for (;;) {
      skip();
      const op = peek();
      if (op !== '+' && op !== '-') return v;
      i++;
      const w = term();
      v = op === '+' ? v + w : v - w;
    }
  };
  try {
    const v = expr();
    skip();
    if (i !== src.length) fail();
    return v;
  } catch (e) {
    return e instanceof Error && e.message.startsWith('#') ? e.message : '#NAME?';
  }
}

export { MAX_ROWS };
