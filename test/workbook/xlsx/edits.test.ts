import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { a1, cellAt, formatAt, formulaAt, parseA1 } from '../../../src/core/grid';
import type { CellEdit } from '../../../src/workbook/port';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FIXTURES, GENERATED, changedCells, tempDir } from './helpers';

const edit = (addr: string, value: CellEdit['value'], numberFormat?: string): CellEdit => ({ ...parseA1(addr), value, numberFormat });

async function reopen(wb: XlsxWorkbook, dir: string, name: string): Promise<XlsxWorkbook> {
  const file = path.join(dir, name);
  await wb.save(file);
  return XlsxWorkbook.open(file);
}

describe('applyEdits', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('seed 002: grades written with 0.00%, every other cell untouched after save and re-open', async () => {
    const file = path.join(FIXTURES, 'obiettivi-operativi-consuntivo-2023.xlsx');
    const sheet = 'Obiettivi operativi';
    const wb = await XlsxWorkbook.open(file);
    const before = await wb.readSheet(sheet);
    // the grade column (K) on the first indicator rows, plus a brand-new column M with a header
    const edits = [edit('K9', 0.9787, '0.00%'), edit('K11', 1, '0.00%'), edit('K8', 0.9787, '0.00%'), edit('M3', 'Grado calcolato'), edit('M9', 0.5, '0.00%')];
    const res = await wb.applyEdits(sheet, edits);
    expect(res).toEqual({ written: 5, refused: [] });
    const after = await (await reopen(wb, dir, 'seed002.xlsx')).readSheet(sheet);
    expect(changedCells(before, after)).toEqual(['K11', 'K8', 'K9', 'M3', 'M9']);
    for (const e of edits) {
      expect(cellAt(after, e.row, e.col)).toBe(e.value);
      expect(formatAt(after, e.row, e.col)).toBe(e.numberFormat ?? 'General');
    }
    // a neighbour that shared the same cell style keeps its format
    expect(formatAt(after, parseA1('K10').row, parseA1('K10').col)).toBe('General');
    expect(after.merges).toEqual(before.merges);
  });

  test('native workbook: grade formulas are refused by name, the other edits written, nothing else changes', async () => {
    const sheet = 'Obiettivi operativi 2023';
    const wb = await XlsxWorkbook.open(path.join(GENERATED, 'native-numbers.xlsx'));
    const before = await wb.readSheet(sheet);
    const formulaCells: string[] = [];
    before.formulas.forEach((r, i) => r.forEach((f, j) => f && formulaCells.push(a1(before.top + i, before.left + j))));
    expect(formulaCells.length).toBe(3);
    // grades for every row that has one today (objective and indicator lines), as the app would write them
    const gradeCol = parseA1('K1').col;
    const edits: CellEdit[] = [];
    for (let r = 3; r < before.values.length; r++) {
      if (cellAt(before, r, gradeCol) !== null) edits.push({ row: r, col: gradeCol, value: 0.5, numberFormat: '0.0%' });
    }
    const res = await wb.applyEdits(sheet, edits);
    expect(res.refused.map((x) => x.cell).sort()).toEqual([...formulaCells].sort());
    for (const x of res.refused) {
      expect(x.reason).toBe('formula');
      expect(x.message).toContain(`«${sheet}»`);
      expect(x.message).toContain(x.cell);
      expect(x.message).toMatch(/formula/);
    }
    expect(res.written).toBe(edits.length - formulaCells.length);
    const after = await (await reopen(wb, dir, 'native.xlsx')).readSheet(sheet);
    const expectedChanged = edits.map((e) => a1(e.row, e.col)).filter((x) => !formulaCells.includes(x));
    expect(changedCells(before, after)).toEqual(expectedChanged.sort());
    // the formulas and their cached results are exactly as before
    for (const addr of formulaCells) {
      const { row, col } = parseA1(addr);
      expect(formulaAt(after, row, col)).toBe(formulaAt(before, row, col));
      expect(cellAt(after, row, col)).toBe(cellAt(before, row, col));
      expect(formatAt(after, row, col)).toBe('0.00%');
    }
  });

  test('a merged cell (not its top-left) refuses the whole batch', async () => {
    const sheet = 'Piano 2025';
    const wb = await XlsxWorkbook.open(path.join(GENERATED, 'merged-two-row-headers.xlsx'));
    const before = await wb.readSheet(sheet);
    const res = await wb.applyEdits(sheet, [edit('I5', 1, '0.00%'), edit('A6', 'x'), edit('I6', 1, '0.00%')]);
    expect(res.written).toBe(0);
    expect(res.refused).toHaveLength(1);
    expect(res.refused[0]).toMatchObject({ cell: 'A6', reason: 'merged' });
    expect(res.refused[0].message).toMatch(/«Piano 2025», cella A6.*A5:A8/);
    expect(changedCells(before, await wb.readSheet(sheet))).toEqual([]);
    // the top-left cell of a merge is writable
    const ok = await wb.applyEdits(sheet, [edit('A5', '01_01_OP01-bis')]);
    expect(ok).toEqual({ written: 1, refused: [] });
  });

  test('a protected sheet refuses the whole batch; unlocked cells are writable', async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('Protetto');
    ws.getCell('A1').value = 'Indicatore';
    ws.getCell('B1').value = 'Grado';
    ws.getCell('B2').protection = { locked: false };
    await ws.protect('', {});
    const wb = await XlsxWorkbook.fromBuffer(Buffer.from(await x.xlsx.writeBuffer()));
    const before = await wb.readSheet('Protetto');
    const res = await wb.applyEdits('Protetto', [edit('B2', 1, '0.00%'), edit('B3', 1, '0.00%')]);
    expect(res.written).toBe(0);
    expect(res.refused).toEqual([expect.objectContaining({ cell: 'B3', reason: 'protected' })]);
    expect(res.refused[0].message).toMatch(/«Protetto», cella B3: il foglio è protetto/);
    expect(changedCells(before, await wb.readSheet('Protetto'))).toEqual([]);
    expect(await wb.applyEdits('Protetto', [edit('B2', 0.75, '0.00%')])).toEqual({ written: 1, refused: [] });
  });

  test('positions outside the sheet are refused one by one', async () => {
    const wb = await XlsxWorkbook.open(path.join(GENERATED, 'merged-two-row-headers.xlsx'));
    const res = await wb.applyEdits('Piano 2025', [{ row: -1, col: 0, value: 1 }, edit('I5', 1, '0.00%')]);
    expect(res.written).toBe(1);
    expect(res.refused).toEqual([expect.objectContaining({ reason: 'outside' })]);
  });

  test('null clears a value; strings stay strings', async () => {
    const wb = await XlsxWorkbook.open(path.join(GENERATED, 'merged-two-row-headers.xlsx'));
    await wb.applyEdits('Piano 2025', [edit('H5', null), edit('I5', '=1+1'), edit('I6', '01.01')]);
    const g = await (await reopen(wb, dir, 'clear.xlsx')).readSheet('Piano 2025');
    expect(cellAt(g, 4, 7)).toBeNull();
    expect(cellAt(g, 4, 8)).toBe('=1+1');
    expect(formulaAt(g, 4, 8)).toBeNull();
    expect(cellAt(g, 5, 8)).toBe('01.01');
  });

  test('an unknown sheet is an error, not a silent no-op', async () => {
    const wb = await XlsxWorkbook.open(path.join(GENERATED, 'merged-two-row-headers.xlsx'));
    await expect(wb.applyEdits('Inesistente', [edit('A1', 1)])).rejects.toThrow(/«Inesistente» non esiste/);
  });
});
