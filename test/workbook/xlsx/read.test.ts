import * as path from 'path';
import ExcelJS from 'exceljs';
import { cellAt, formatAt, formulaAt, gridCols, gridRows, parseA1 } from '../../../src/core/grid';
import type { Grid } from '../../../src/core/grid';
import { XlsxWorkbook, dateToSerial, serialToDate } from '../../../src/workbook/xlsx';
import { FIXTURES, GENERATED } from './helpers';

const at = (g: Grid, addr: string) => {
  const { row, col } = parseA1(addr);
  return { value: cellAt(g, row, col), format: formatAt(g, row, col), formula: formulaAt(g, row, col) };
};

async function roundTrip(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, sheet = 'Foglio1'): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(sheet), wb);
  const x = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  return x.readSheet(sheet);
}

describe('reading the seed fixtures (text cells, as exports give them)', () => {
  // sheet names and used-range sizes as the TSV dumps of the fixtures show them
  const cases: [string, string, number, number][] = [
    ['cruscotto-strategico-2021.xlsx', 'Cruscotto', 182, 11],
    ['obiettivi-operativi-consuntivo-2023.xlsx', 'Obiettivi operativi', 209, 12],
    ['piano-performance-2021.xlsx', 'Obiettivi strategici', 74, 6],
    ['piano-performance-2021.xlsx', 'Obiettivi operativi', 210, 7],
    ['piano-performance-2021.xlsx', 'Obiettivi individuali', 139, 3],
    ['piao-2025-valore-pubblico.xlsx', 'Valore pubblico', 511, 10],
    ['pira-consuntivo-2019.xlsx', 'PIRA 2019', 394, 9],
  ];
  test.each(cases)('%s / %s is %i x %i from A1, all text', async (file, sheet, rows, cols) => {
    const wb = await XlsxWorkbook.open(path.join(FIXTURES, file));
    expect(await wb.sheetNames()).toContain(sheet);
    const g = await wb.readSheet(sheet);
    expect(g.sheet).toBe(sheet);
    expect([g.top, g.left]).toEqual([0, 0]);
    expect(gridRows(g)).toBe(rows);
    expect(gridCols(g)).toBe(cols);
    // the grid is rectangular and its three layers have the same shape
    for (const layer of [g.values, g.formats, g.formulas]) {
      expect(layer).toHaveLength(rows);
      for (const r of layer) expect(r).toHaveLength(cols);
    }
    const kinds = new Set(g.values.flat().map((v) => (v === null ? 'null' : typeof v)));
    expect([...kinds].sort()).toEqual(['null', 'string']);
    expect(new Set(g.formats.flat())).toEqual(new Set(['General']));
  });

  test('every fixture sheet is listed in workbook order', async () => {
    const wb = await XlsxWorkbook.open(path.join(FIXTURES, 'piano-performance-2021.xlsx'));
    expect(await wb.sheetNames()).toEqual(['Obiettivi strategici', 'Obiettivi operativi', 'Obiettivi individuali']);
  });

  test('seed 002 cells land where the document puts them', async () => {
    const g = await (await XlsxWorkbook.open(path.join(FIXTURES, 'obiettivi-operativi-consuntivo-2023.xlsx'))).readSheet('Obiettivi operativi');
    expect(at(g, 'K3').value).toBe('GRADO RAGGIUNGIMENTO');
    expect(at(g, 'H9').value).toBe('46 N. / 47 N.');
    expect(at(g, 'I9').value).toBe('97,87 %');
    expect(at(g, 'J9').value).toBe('>= 70,00 %');
    expect(at(g, 'E116').value).toBe('55,56%');
  });
});

describe('reading natively typed workbooks (generated fixtures)', () => {
  test('native numbers keep their formats; dates become serials with their date format', async () => {
    const g = await (await XlsxWorkbook.open(path.join(GENERATED, 'native-numbers.xlsx'))).readSheet('Obiettivi operativi 2023');
    expect([g.top, g.left]).toEqual([0, 0]);
    expect(at(g, 'A3').value).toBe('GRUPPO');
    // 01.01: weight 100% and actual 46/47 as numbers with '0.00%'
    expect(at(g, 'E9')).toEqual({ value: 1, format: '0.00%', formula: null });
    expect(at(g, 'I9').value).toBeCloseTo(46 / 47, 12);
    expect(at(g, 'I9').format).toBe('0.00%');
    expect(at(g, 'H9').value).toBe('46 N. / 47 N.');
    expect(at(g, 'J9').value).toBe('>= 70,00 %');
    // 01.12: a real date cell (20/12/2023 = serial 45280)
    expect(at(g, 'I15')).toEqual({ value: 45280, format: 'dd/mm/yyyy', formula: null });
    expect(serialToDate(45280).toISOString().slice(0, 10)).toBe('2023-12-20');
  });

  test('formula cells: cached result as the value, the formula text apart', async () => {
    const g = await (await XlsxWorkbook.open(path.join(GENERATED, 'native-numbers.xlsx'))).readSheet('Obiettivi operativi 2023');
    const formulas: string[] = [];
    g.formulas.forEach((r, i) => r.forEach((f, j) => f && formulas.push(`${i + g.top}:${j + g.left}:${f}`)));
    // 09.12: one objective line and two indicator lines
    expect(formulas).toHaveLength(3);
    const row = g.values.findIndex((r) => r[3] === '09.12 - Efficienza nella gestione dei bandi');
    expect(row).toBeGreaterThan(0);
    const f = g.formulas[row][10] as string;
    expect(f).toMatch(/^=SUMPRODUCT\(E\d+:E\d+,K\d+:K\d+\)\/SUM\(E\d+:E\d+\)$/);
    expect(g.values[row + 1][10]).toBe(1); // 5,16 gg <= 10 gg
    expect(g.values[row + 2][10]).toBeCloseTo(30 / 33.4, 12);
    expect(g.values[row][10]).toBeCloseTo((0.5556 * 1 + 0.4444 * (30 / 33.4)) / (0.5556 + 0.4444), 12);
    expect(g.formats[row][10]).toBe('0.00%');
  });

  test('merges come back as 0-based ranges, the merged-away cells empty', async () => {
    const g = await (await XlsxWorkbook.open(path.join(GENERATED, 'merged-two-row-headers.xlsx'))).readSheet('Piano 2025');
    const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
    expect(g.merges).toEqual(
      expect.arrayContaining([
        m(2, 0, 2, 1), // A3:B3 "Obiettivo"
        m(2, 5, 2, 6), // F3:G3 "Target 2025"
        m(2, 2, 3, 2), // C3:C4 "Indicatore"
        m(4, 0, 7, 0), // A5:A8 code merged down its four indicators
      ]),
    );
    expect(at(g, 'F3').value).toBe('Target 2025');
    expect(at(g, 'G3').value).toBeNull();
    expect(at(g, 'C4').value).toBeNull();
    expect(at(g, 'A5').value).toBe('01_01_OP01');
    expect(at(g, 'A6').value).toBeNull();
    expect(at(g, 'E5')).toEqual({ value: 0.25, format: '0%', formula: null });
    expect(at(g, 'F5').value).toBe('<=');
    expect(at(g, 'G10').format).toBe('dd/mm/yyyy');
    expect(serialToDate(at(g, 'G10').value as number).toISOString().slice(0, 10)).toBe('2025-06-30');
  });

  test('one objective per sheet: four sheets, a currency amount among the key lines', async () => {
    const wb = await XlsxWorkbook.open(path.join(GENERATED, 'one-objective-per-sheet.xlsx'));
    expect(await wb.sheetNames()).toEqual(['OS01 Doppia transizione', 'OS02 Transizione energetica', 'OS03 Bandi Comune di Prato', 'Bilancio e personale']);
    const g = await wb.readSheet('OS01 Doppia transizione');
    expect(at(g, 'A6').value).toBe('Codice:');
    expect(at(g, 'B6').value).toBe('01_01_OS01');
    expect(at(g, 'B8')).toEqual({ value: 359584.97, format: '#,##0.00 "€"', formula: null });
    const b = await wb.readSheet('Bilancio e personale');
    const totals = b.formulas.flat().filter(Boolean);
    expect(totals.length).toBeGreaterThanOrEqual(10);
  });
});

describe('cell kinds from ExcelJS', () => {
  test('rich text, hyperlinks, errors, booleans, shared formulas, dates', async () => {
    const g = await roundTrip((ws) => {
      ws.getCell('A1').value = { richText: [{ text: 'Grado di ', font: { bold: true } }, { text: 'raggiungimento' }] };
      ws.getCell('A2').value = { text: 'Relazione 2023', hyperlink: 'https://www.example.org/relazione.pdf' };
      ws.getCell('A3').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
      ws.getCell('A4').value = true;
      ws.getCell('A5').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('B1').value = 10;
      ws.getCell('B2').value = 20;
      ws.getCell('C1').value = { formula: 'B1*2', result: 20 };
      ws.getCell('C2').value = { sharedFormula: 'C1', result: 40 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('D1').value = new Date(Date.UTC(2023, 11, 31));
      ws.getCell('D1').numFmt = 'dd/mm/yyyy';
      ws.getCell('D2').value = new Date(Date.UTC(2025, 2, 31, 12, 0, 0));
      ws.getCell('D2').numFmt = 'dd/mm/yyyy hh:mm';
      ws.getCell('D3').value = { formula: 'D1+1', result: new Date(Date.UTC(2024, 0, 1)) };
      ws.getCell('D3').numFmt = 'dd/mm/yyyy';
    });
    expect(at(g, 'A1').value).toBe('Grado di raggiungimento');
    expect(at(g, 'A2').value).toBe('Relazione 2023');
    expect(at(g, 'A3').value).toBe('#DIV/0!');
    expect(at(g, 'A4').value).toBe(true);
    expect(at(g, 'A5')).toEqual({ value: '#DIV/0!', format: 'General', formula: '=1/0' });
    expect(at(g, 'C1')).toEqual({ value: 20, format: 'General', formula: '=B1*2' });
    expect(at(g, 'C2')).toEqual({ value: 40, format: 'General', formula: '=B2*2' });
    expect(at(g, 'D1')).toEqual({ value: 45291, format: 'dd/mm/yyyy', formula: null });
    expect(at(g, 'D2').value).toBe(45747.5);
    expect(at(g, 'D3')).toEqual({ value: 45292, format: 'dd/mm/yyyy', formula: '=D1+1' });
  });

  test('a formula with no cached result reads as null', async () => {
    const g = await roundTrip((ws) => {
      ws.getCell('A1').value = { formula: 'SUM(B1:B3)' } as ExcelJS.CellFormulaValue;
      ws.getCell('B1').value = 1;
    });
    expect(at(g, 'A1').value).toBeNull();
    expect(at(g, 'A1').formula).toBe('=SUM(B1:B3)');
  });

  test('the used range starts at the first cell holding something', async () => {
    const g = await roundTrip((ws) => {
      ws.getCell('C5').value = 'Indicatore';
      ws.getCell('F9').value = 0.5;
      ws.getCell('F9').numFmt = '0%';
      // a formatted but empty cell outside does not stretch the range
      ws.getCell('Z100').numFmt = '0.00%';
    });
    expect([g.top, g.left, gridRows(g), gridCols(g)]).toEqual([4, 2, 5, 4]);
    expect(cellAt(g, 4, 2)).toBe('Indicatore');
    expect(cellAt(g, 8, 5)).toBe(0.5);
    expect(formatAt(g, 8, 5)).toBe('0%');
  });

  test('an empty pre-formatted cell inside the range keeps its format', async () => {
    const g = await roundTrip((ws) => {
      ws.getCell('A1').value = 'Grado';
      ws.getCell('A2').numFmt = '0.00%';
      ws.getCell('A3').value = 1;
    });
    expect(at(g, 'A2')).toEqual({ value: null, format: '0.00%', formula: null });
  });

  test('an empty merge still counts in the used range', async () => {
    const g = await roundTrip((ws) => {
      ws.getCell('A1').value = 'x';
      ws.mergeCells('B3:D4');
    });
    expect([g.top, g.left, gridRows(g), gridCols(g)]).toEqual([0, 0, 4, 4]);
    expect(g.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 3 }]);
  });

  test('an empty sheet reads as a single empty cell at A1', async () => {
    const g = await roundTrip(() => undefined);
    expect(g.values).toEqual([[null]]);
    expect(g.merges).toEqual([]);
  });

  test('dateToSerial and serialToDate are inverse around the 1900 epoch and leap years', () => {
    for (const iso of ['1900-03-01', '2000-02-29', '2023-12-31', '2024-02-29', '2099-12-31']) {
      const d = new Date(`${iso}T00:00:00Z`);
      const s = dateToSerial(d);
      expect(Number.isInteger(s)).toBe(true);
      expect(serialToDate(s).toISOString().slice(0, 10)).toBe(iso);
    }
    expect(dateToSerial(new Date('1900-03-01T00:00:00Z'))).toBe(61); // Excel's fake 29/02/1900 sits at 60
    expect(dateToSerial(new Date('2023-12-31T00:00:00Z'))).toBe(45291);
  });
});
