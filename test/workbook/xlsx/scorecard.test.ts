import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { cellAt, formatAt } from '../../../src/core/grid';
import type { Grid } from '../../../src/core/grid';
import { SCORECARD_HEADERS, SCORECARD_SHEET, ScorecardNotOursError, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FIXTURES, changedCells, sampleScorecard, tempDir } from './helpers';

function rowsOf(g: Grid): unknown[][] {
  return g.values;
}

function findRow(g: Grid, first: unknown): number {
  return g.values.findIndex((r) => r[0] === first);
}

describe('writeScorecard', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('title, one table per area with the seven headings, percent grades, the total line', async () => {
    const wb = await XlsxWorkbook.open(path.join(FIXTURES, 'obiettivi-operativi-consuntivo-2023.xlsx'));
    const planBefore = await wb.readSheet('Obiettivi operativi');
    const card = sampleScorecard();
    await wb.writeScorecard(card);
    const file = path.join(dir, 'con-scorecard.xlsx');
    await wb.save(file);

    const back = await XlsxWorkbook.open(file);
    expect(await back.sheetNames()).toEqual(['Obiettivi operativi', SCORECARD_SHEET]);
    // the plan sheet is not touched by the scorecard
    expect(changedCells(planBefore, await back.readSheet('Obiettivi operativi'))).toEqual([]);

    const g = await back.readSheet(SCORECARD_SHEET);
    expect(String(cellAt(g, 0, 0))).toContain('Obiettivi operativi');
    const headerRows = rowsOf(g)
      .map((r, i) => (JSON.stringify(r.slice(0, 7)) === JSON.stringify([...SCORECARD_HEADERS]) ? i : -1))
      .filter((i) => i >= 0);
    // two areas with objectives get a table; the empty one only a note
    expect(headerRows).toHaveLength(2);
    const r0101 = findRow(g, '01.01');
    expect(g.values[r0101].slice(0, 7)).toEqual(['01.01', card.areas[0].rows[0].title, 1, 0.9787, 'Parzialmente raggiunto', 0, 1]);
    expect(formatAt(g, r0101, 2)).toBe('0.00%');
    expect(formatAt(g, r0101, 3)).toBe('0.00%');
    const total = findRow(g, 'Totale');
    expect(total).toBeGreaterThan(r0101);
    expect(g.values[total][3]).toBe(0.8262);
    expect(formatAt(g, total, 3)).toBe('0.00%');
    expect(g.values[total].slice(5, 7)).toEqual([3, 1]);
    // a missing grade is an empty cell, not 0
    const r0912 = g.values.findIndex((r) => r[1] === 'Efficienza nella gestione dei bandi');
    expect(g.values[r0912][3]).toBeNull();

    // tables and the traffic light survive a save/load
    const x = new ExcelJS.Workbook();
    await x.xlsx.readFile(file);
    const ws = x.getWorksheet(SCORECARD_SHEET)!;
    const tables = Object.values((ws as unknown as { tables: Record<string, { table: { tableRef?: string; ref?: string } }> }).tables);
    expect(tables).toHaveLength(2);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toMatch(/^D\d+:D\d+$/);
    const formulae = cf[0].rules.map((r) => (r.formulae ?? [])[0]);
    expect(formulae[0]).toMatch(/>=0\.995/);
    expect(formulae[1]).toMatch(/>=0\.7/);
    expect(formulae[2]).toMatch(/<0\.7/);
  });

  test('writing twice replaces the sheet in place, never duplicates it', async () => {
    const wb = await XlsxWorkbook.open(path.join(FIXTURES, 'piano-performance-2021.xlsx'));
    await wb.writeScorecard(sampleScorecard('Obiettivi operativi'));
    const second = sampleScorecard('Obiettivi operativi');
    second.total.grade = 0.5;
    second.areas = second.areas.slice(0, 1);
    await wb.writeScorecard(second);
    const file = path.join(dir, 'due-volte.xlsx');
    await wb.save(file);
    const back = await XlsxWorkbook.open(file);
    const names = await back.sheetNames();
    expect(names.filter((n) => n.toLowerCase() === 'scorecard')).toHaveLength(1);
    expect(names).toHaveLength(4);
    const g = await back.readSheet(SCORECARD_SHEET);
    expect(g.values[findRow(g, 'Totale')][3]).toBe(0.5);
    expect(g.values.some((r) => r[1] === 'Efficienza nella gestione dei bandi')).toBe(false);
  });

  test('a scorecard placed before other sheets keeps its tab position when replaced', async () => {
    const wb = await XlsxWorkbook.open(path.join(FIXTURES, 'piano-performance-2021.xlsx'));
    await wb.writeScorecard(sampleScorecard());
    const x = wb.workbook;
    // move it first, as a user would
    x.worksheets.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = w.name === SCORECARD_SHEET ? 0 : i + 1));
    await wb.writeScorecard(sampleScorecard());
    const back = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    expect((await back.sheetNames())[0]).toBe(SCORECARD_SHEET);
  });

  test("a user's own sheet called Scorecard is never replaced", async () => {
    const x = new ExcelJS.Workbook();
    x.addWorksheet('Piano').getCell('A1').value = 'Indicatore';
    x.addWorksheet('Scorecard').getCell('A1').value = 'Appunti del direttore';
    const wb = await XlsxWorkbook.fromBuffer(Buffer.from(await x.xlsx.writeBuffer()));
    await expect(wb.writeScorecard(sampleScorecard('Piano'))).rejects.toThrow(ScorecardNotOursError);
    await expect(wb.writeScorecard(sampleScorecard('Piano'))).rejects.toThrow(/non è stato creato da Cruscotto/);
    const g = await wb.readSheet('Scorecard');
    expect(g.values[0][0]).toBe('Appunti del direttore');
  });

  test('table names do not clash with tables already in the workbook', async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('Dati');
    ws.addTable({ name: 'Cruscotto_Area_1', ref: 'A1', columns: [{ name: 'Voce' }, { name: 'Importo' }], rows: [['Diritto annuale', 100]] });
    const wb = await XlsxWorkbook.fromBuffer(Buffer.from(await x.xlsx.writeBuffer()));
    await wb.writeScorecard(sampleScorecard('Dati'));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
    const names: string[] = [];
    back.eachSheet((s) => names.push(...Object.keys((s as unknown as { tables: Record<string, unknown> }).tables)));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toHaveLength(3);
  });
});
