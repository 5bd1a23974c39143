import { FakeWorkbook, columnName, type CellValue, type SheetInit } from '../../../src/fake-excel';

export const HEADER = ['Codice', 'Indicatore', 'Peso', 'Target', 'Consuntivo', 'Scadenza', 'Doppio', 'Grado'];
/** column H (0-based 7) holds the grades */
export const GRADE_COL = 7;

/**
 * A plan-like sheet: header on row 1, n indicator rows below, as a user types it natively
 * (numbers, % formats, a date, a formula column, an empty grade column).
 */
export function planSheet(name: string, n: number, extra: Partial<SheetInit> = {}): SheetInit {
  const top = extra.top ?? 0;
  const left = extra.left ?? 0;
  const col = (c: number) => columnName(left + c);
  const rows: CellValue[][] = [HEADER];
  const formulas: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const r = top + i + 2;
    rows.push([`01.${String(Math.floor(i / 10) + 1).padStart(2, '0')}.${i % 10}`, `Indicatore ${i + 1} del piano`, 0.1, '>= 70%', (i % 100) / 100, 45657, null, null]);
    formulas[`${col(6)}${r}`] = `=${col(4)}${r}*2`;
  }
  const span = (c: number) => `${col(c)}${top + 2}:${col(c)}${top + n + 1}`;
  return {
    name,
    rows,
    formulas,
    formats: { [span(2)]: '0.00%', [span(4)]: '0.00%', [span(5)]: 'dd/mm/yyyy' },
    ...extra,
  };
}

export function workbookWith(...sheets: SheetInit[]): FakeWorkbook {
  return new FakeWorkbook(sheets);
}

/** everything a cell holds, for before/after comparisons */
export function snapshot(wb: FakeWorkbook, sheet: string, rows: number, cols: number): [CellValue, string | null, string][][] {
  const s = wb.sheet(sheet);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => [s.value(r, c), s.formula(r, c), s.format(r, c)] as [CellValue, string | null, string]));
}
