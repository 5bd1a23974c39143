import { createFakeExcel, FakeWorkbook, PAYLOAD_LIMIT, type CellValue } from '../../../src/fake-excel';
import { OfficeWorkbook, GatewayError } from '../../../src/workbook/office';
import { cellAt, formatAt, formulaAt } from '../../../src/core/grid';
import { planSheet, workbookWith } from './helpers';

describe('OfficeWorkbook.readSheet', () => {
  it('reads a 100-row sheet in exactly 2 syncs: values, formats, formulas, merges, offsets', async () => {
    const init = planSheet('Piano', 100, { top: 2, left: 1, merges: ['B1:D1'] });
    init.rows![0] = init.rows![0]; // header on row 3 (top 2), column B (left 1)
    const wb = workbookWith(init);
    wb.sheet('Piano').setValue(0, 1, 'Piano della performance 2025'); // a merged title above the table
    const fake = createFakeExcel(wb);
    const grid = await new OfficeWorkbook(fake, null).readSheet('Piano');

    expect(fake.stats.syncs).toBe(2);
    expect(grid.top).toBe(0); // the title row is part of the used range
    expect(grid.left).toBe(1);
    expect(grid.values.length).toBe(103);
    expect(grid.values[0].length).toBe(8);
    expect(cellAt(grid, 0, 1)).toBe('Piano della performance 2025');
    expect(cellAt(grid, 1, 1)).toBeNull(); // empty cells are null
    expect(cellAt(grid, 2, 1)).toBe('Codice');
    expect(cellAt(grid, 3, 1)).toBe('01.01.0'); // text stays text
    expect(cellAt(grid, 3, 3)).toBe(0.1);
    expect(formatAt(grid, 3, 3)).toBe('0.00%');
    expect(cellAt(grid, 3, 6)).toBe(45657); // dates stay serial numbers
    expect(formatAt(grid, 3, 6)).toBe('dd/mm/yyyy');
    expect(formatAt(grid, 3, 2)).toBe('General');
    expect(formulaAt(grid, 3, 3)).toBeNull(); // constants are not formulas
    // the fake computes the formula; the grid has both the value and the formula text
    const s = wb.sheet('Piano');
    expect(s.formula(4, 7)).toBe('=F5*2');
    expect(formulaAt(grid, 4, 7)).toBe('=F5*2');
    expect(cellAt(grid, 4, 7)).toBe(s.value(4, 7));
    expect(grid.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 3 }]);
  });

  it('returns an empty grid for a blank sheet in one sync', async () => {
    const fake = createFakeExcel(new FakeWorkbook([{ name: 'Vuoto' }]));
    const grid = await new OfficeWorkbook(fake, null).readSheet('Vuoto');
    expect(grid.values).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
  });

  it('reads 100,000 rows in chunks, each sync under 5 MB, in the documented number of syncs', async () => {
    const wb = workbookWith(planSheet('Grande', 100_000));
    const fake = createFakeExcel(wb);
    const started = Date.now();
    const grid = await new OfficeWorkbook(fake, null).readSheet('Grande');
    const elapsed = Date.now() - started;

    expect(grid.values.length).toBe(100_001);
    expect(cellAt(grid, 100_000, 0)).toBe('01.10000.9');
    expect(formulaAt(grid, 100_000, 6)).toBe('=E100001*2');
    for (const h of fake.stats.history) {
      expect(h.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(h.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
    }
    // sync 1: used range. chunk 1 = floor(4 MiB / (8 columns × 64 B)) = 8192 rows, measured at ~232 B per row
    // (values + numberFormat + formulas); later chunks = floor(4 MiB / (1.25 × 232 B)) ≈ 14,470 rows (~3.4 MB each).
    // 8192 + 6 × ~14,470 + the rest = 8 chunks, so 9 syncs in all (measured on the fake).
    expect(fake.stats.syncs).toBe(9);
    const chunks = fake.stats.history.slice(1);
    const total = chunks.reduce((n, h) => n + h.responseBytes, 0);
    // no wasted round trips: beyond the first guess, every chunk but the last fills most of the budget
    expect(chunks.length).toBeLessThanOrEqual(2 + Math.ceil(total / ((4 * 1024 * 1024) / 1.25)));
    for (const h of chunks.slice(1, -1)) expect(h.responseBytes).toBeGreaterThan(3_000_000);
    expect(elapsed).toBeLessThan(20_000);
  });

  it('recovers when a chunk is larger than guessed: the fake refuses it, the adapter halves it', async () => {
    const long = 'x'.repeat(2000);
    const rows: CellValue[][] = Array.from({ length: 3000 }, (_, i) => [i, long]);
    const fake = createFakeExcel(new FakeWorkbook([{ name: 'Lunghe', rows }]));
    const grid = await new OfficeWorkbook(fake, null).readSheet('Lunghe');
    expect(grid.values.length).toBe(3000);
    expect(cellAt(grid, 2999, 1)).toBe(long);
    const overs = fake.stats.history.filter((h) => h.responseBytes > PAYLOAD_LIMIT);
    expect(overs.length).toBeGreaterThan(0); // the first guess really was too big and Excel (the fake) said so
    const last = fake.stats.history[fake.stats.history.length - 1];
    expect(last.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
  });

  it('reads more than 512 merged areas (asked in bands of rows)', async () => {
    const merges = Array.from({ length: 1500 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const rows: CellValue[][] = Array.from({ length: 1500 }, (_, i) => [`r${i}`, null, i]);
    const fake = createFakeExcel(new FakeWorkbook([{ name: 'Unite', rows, merges }]));
    const grid = await new OfficeWorkbook(fake, null).readSheet('Unite');
    expect(grid.merges.length).toBe(1500);
    expect(grid.merges[1499]).toEqual({ top: 1499, left: 0, bottom: 1499, right: 1 });
    expect(fake.stats.syncs).toBe(2);
  });

  it('turns a missing sheet into a GatewayError with an Italian message', async () => {
    const fake = createFakeExcel(new FakeWorkbook([{ name: 'Piano' }]));
    await expect(new OfficeWorkbook(fake, null).readSheet('Piano 2024')).rejects.toEqual(expect.any(GatewayError));
    await expect(new OfficeWorkbook(fake, null).readSheet('Piano 2024')).rejects.toThrow('Il foglio «Piano 2024» non esiste più');
  });
});
