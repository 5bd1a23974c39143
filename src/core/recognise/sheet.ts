import type { CellValue, Grid } from '../grid';
import { a1, cellAt, formatAt } from '../grid';
import { cellText, parseTarget, parseValue } from '../values';
import type { CellInput, TargetResult, Value } from '../values/types';

/** merged-cell lookups by number: no string per call */
const key = (row: number, col: number): number => row * 20000 + col;

/**
 * A target written as a sentence ("Realizzazione del programma annuale") is a qualitative target, not an
 * unreadable one; short text ("da definire") and broken comparisons (">=" alone) stay unreadable.
 */
function readTarget(c: CellInput): TargetResult {
  const t = parseTarget(c);
  if (t.kind !== 'unreadable') return t;
  const words = t.raw.trim().split(/\s+/).filter((w) => /\p{L}{2}/u.test(w));
  if (words.length >= 4 && !/^[<>=≤≥]/.test(t.raw.trim()) && !/^(da definire|in definizione|da stabilire)/i.test(t.raw.trim())) {
    return { kind: 'target', op: null, value: { kind: 'qualitative' }, raw: t.raw };
  }
  return t;
}

/** Parsed values are immutable; the same text down a column ("100,00%", ">= 70,00 %") is parsed once. */
class Memo<T> {
  private m = new Map<string, T>();
  constructor(private readonly parse: (c: CellInput) => T) {}
  get(c: CellInput): T {
    if (typeof c.value !== 'string' || c.value.length > 64) return this.parse(c);
    const key = !c.format || c.format === 'General' ? c.value : `${c.format}\u0000${c.value}`;
    let r = this.m.get(key);
    if (r === undefined) {
      r = this.parse(c);
      if (this.m.size > 20000) this.m.clear();
      this.m.set(key, r);
    }
    return r;
  }
}

/** Read access to a grid by 0-based absolute coordinates, with merged cells filled from their top-left. */
export class SheetView {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private mergedOwner = new Map<number, { row: number; col: number }>();
  private filledCache = new Map<number, number[]>();
  private textCache = new Map<number, string[]>();
  private values = new Memo<Value>(parseValue);
  private targets = new Memo<TargetResult>(readTarget);

  constructor(readonly grid: Grid) {
    this.top = grid.top;
    this.left = grid.left;
    this.bottom = grid.top + grid.values.length - 1;
    this.right = grid.left + grid.values.reduce((m, r) => Math.max(m, r.length), 0) - 1;
    for (const m of grid.merges) {
      // merged areas are few; header-sized ones are what matter
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10000) continue;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.mergedOwner.set(key(r, c), { row: m.top, col: m.left });
    }
  }

  sheet(): string {
    return this.grid.sheet;
  }

  value(row: number, col: number): CellValue {
    return cellAt(this.grid, row, col);
  }

  input(row: number, col: number): CellInput {
    return { value: this.value(row, col), format: formatAt(this.grid, row, col) };
  }

  parsedValue(row: number, col: number): Value {
    return this.values.get(this.input(row, col));
  }

  parsedTarget(row: number, col: number): TargetResult {
    return this.targets.get(this.input(row, col));
  }

  /** trimmed display text of every column of a row (cached for the row last asked) */
  texts(row: number): string[] {
    let t = this.textCache.get(row);
    if (!t) {
      t = [];
      const r = this.grid.values[row - this.top] ?? [];
      for (let c = this.left; c <= this.right; c++) {
        const x = r[c - this.left];
        // text cells are shown as typed; numbers and dates through their number format
        t.push(x === null || x === undefined ? '' : typeof x === 'string' ? x.trim() : cellText(this.input(row, c)).trim());
      }
      if (this.textCache.size > 64) this.textCache.clear();
      this.textCache.set(row, t);
    }
    return t;
  }

  text(row: number, col: number): string {
    if (col < this.left || col > this.right) return '';
    return this.texts(row)[col - this.left];
  }

  /** header text, looking through merges (a merged "Target 2025" covers the operator column too) */
  headerText(row: number, col: number): string {
    const own = this.text(row, col);
    if (own) return own;
    const o = this.mergedOwner.get(key(row, col));
    return o ? this.text(o.row, o.col) : '';
  }

  isMergedPart(row: number, col: number): boolean {
    return this.mergedOwner.size > 0 && this.mergedOwner.has(key(row, col));
  }

  /** columns with text, left to right */
  filled(row: number): number[] {
    let out = this.filledCache.get(row);
    if (!out) {
      out = [];
      const t = this.texts(row);
      for (let i = 0; i < t.length; i++) if (t[i]) out.push(this.left + i);
      if (this.filledCache.size > 64) this.filledCache.clear();
      this.filledCache.set(row, out);
    }
    return out;
  }

  addr(row: number, col: number): string {
    return a1(row, col);
  }
}
