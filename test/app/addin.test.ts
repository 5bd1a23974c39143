import * as path from 'path';
import { CruscottoApp } from '../../src/app/addin';
import { gradeEdits } from '../../src/app/analyse';
import { a1, type Grid } from '../../src/core/grid';
import { createFakeExcel, FakeWorkbook, type SheetInit } from '../../src/fake-excel';
import { OfficeWorkbook } from '../../src/workbook/office';
import { XlsxWorkbook } from '../../src/workbook/xlsx';

/** A fixture sheet laid into the strict fake Excel, as the user's workbook would be. */
function sheetFrom(grid: Grid): SheetInit {
  const formats: Record<string, string> = {};
  grid.formats.forEach((row, r) => row.forEach((f, c) => f !== 'General' && (formats[a1(grid.top + r, grid.left + c)] = f)));
  return { name: grid.sheet, rows: grid.values, top: grid.top, left: grid.left, formats };
}

async function setup() {
  const grid = await (await XlsxWorkbook.open(path.join(__dirname, '../fixtures/obiettivi-operativi-consuntivo-2023.xlsx'))).readSheet('Obiettivi operativi');
  const wb = new FakeWorkbook([sheetFrom(grid)]);
  const fake = createFakeExcel(wb);
  const app = new CruscottoApp(new OfficeWorkbook(fake, null));
  const snapshot = () => JSON.stringify(wb.sheets.filter((s) => s.visibility === 'Visible').map((s) => [s.name, Array.from({ length: 210 }, (_, r) => Array.from({ length: 12 }, (_, c) => [s.value(r, c), s.formula(r, c), s.format(r, c)]))]));
  return { wb, fake, app, snapshot };
}

describe('CruscottoApp on the strict fake (the add-in use cases)', () => {
  it('validates, writes grades with a constant number of round trips, inserts the scorecard, restores exactly', async () => {
    const { wb, fake, app, snapshot } = await setup();
    const original = snapshot();
    fake.resetStats();
    const a = await app.validate();
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(a.plan?.layout).toBe('consuntivo-gerarchico');
    expect(a.findings.map((f) => f.cell).sort()).toEqual(['K199', 'K200']);

    fake.resetStats();
    const w = await app.writeGrades();
    expect(w.ok).toBe(true);
    expect(fake.stats.syncs).toBeLessThanOrEqual(6);
    const s = wb.sheet('Obiettivi operativi');
    expect(s.value(199, 10)).toBe(0); // K200: 13.02 computed 0
    expect(s.format(199, 10)).toBe('0.00%');
    expect(s.value(8, 10)).toBe(1); // K9
    expect(gradeEdits(a).length).toBeGreaterThan(180);

    const sc = await app.insertScorecard();
    expect(sc.ok).toBe(true);
    expect(wb.sheets.some((x) => x.name === 'Scorecard')).toBe(true);

    const r = await app.restore();
    expect(r.ok).toBe(true);
    // the grade cells are back; the scorecard is a new sheet of ours and stays until re-inserted or deleted
    const back = JSON.parse(snapshot()).filter((x: [string]) => x[0] !== 'Scorecard');
    expect(JSON.stringify(back)).toBe(original);
  });

  it('refuses to write when the sheet changed after Valida, and writes nothing', async () => {
    const { wb, app } = await setup();
    await app.validate();
    wb.sheet('Obiettivi operativi').setValue(8, 8, '50,00 %'); // someone edits I9 meanwhile
    const before = wb.sheet('Obiettivi operativi').value(8, 10);
    const w = await app.writeGrades();
    expect(w.ok).toBe(false);
    expect(w.message).toMatch(/cambiato dopo l’ultima validazione \(cella I9\)/);
    expect(wb.sheet('Obiettivi operativi').value(8, 10)).toBe(before);
    // the fresh results are shown; a second click writes
    expect((await app.writeGrades()).ok).toBe(true);
  });

  it('says so on a protected sheet, and writes nothing', async () => {
    const { wb, app, snapshot } = await setup();
    const original = snapshot();
    wb.sheet('Obiettivi operativi').protected = true;
    const w = await app.writeGrades();
    expect(w.ok).toBe(false);
    expect(w.message).toMatch(/protett/);
    expect(snapshot()).toBe(original);
  });

  it('restore with nothing to restore is a clear no-op', async () => {
    const { app } = await setup();
    expect(await app.restore()).toMatchObject({ ok: false, message: expect.stringMatching(/nessuna modifica/i) });
  });
});
