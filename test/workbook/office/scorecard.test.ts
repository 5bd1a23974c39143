import { createFakeExcel, FakeWorkbook } from '../../../src/fake-excel';
import { OfficeWorkbook, SCORECARD_SHEET, TABLE_HEADERS, layoutScorecard } from '../../../src/workbook/office';
import type { Scorecard, ScorecardRow } from '../../../src/core/scorecard/model';

function row(code: string | null, title: string, grade: number | null, weight: number | null = 0.5): ScorecardRow {
  return { objectiveId: code ?? title, code, title, level: 'operative', weight, grade, status: grade === null ? 'Non valutabile' : grade >= 0.995 ? 'Raggiunto' : 'Parzialmente raggiunto', errors: 0, warnings: grade === null ? 1 : 0, indicators: 2 };
}

const card: Scorecard = {
  sheet: 'Obiettivi 2023',
  layout: 'consuntivo-gerarchico',
  policy: 'proporzionale',
  areas: [
    { name: 'Competitività delle imprese', grade: 0.95, status: 'Parzialmente raggiunto', rows: [row('01.01', 'Digitalizzazione', 1), row('01.02', 'Internazionalizzazione', 0.9)] },
    { name: 'Efficienza', grade: null, status: 'Non valutabile', rows: [row('02.01', 'Tempi medi di pagamento', null, null)] },
    { name: 'Vuota', grade: null, status: 'Non valutabile', rows: [] },
  ],
  total: { grade: 0.95, status: 'Parzialmente raggiunto', objectives: 3, indicators: 6, errors: 0, warnings: 1 },
};

function workbook() {
  return new FakeWorkbook([{ name: 'Obiettivi 2023', rows: [['x']] }]);
}

describe('OfficeWorkbook.writeScorecard', () => {
  it('writes title, one table per area, totals, formats, traffic lights and a bar chart in 2 syncs', async () => {
    const wb = workbook();
    const fake = createFakeExcel(wb);
    await new OfficeWorkbook(fake, null).writeScorecard(card);
    expect(fake.stats.syncs).toBe(2);
    const s = wb.sheet(SCORECARD_SHEET);
    expect(wb.active).toBe(s);
    expect(String(s.value(0, 0))).toMatch(/^Scorecard Cruscotto — foglio «Obiettivi 2023»/);
    expect(s.tables.map((t) => t.name)).toEqual(['Cruscotto_Area_1', 'Cruscotto_Area_2']);
    const t1 = s.tables[0];
    expect(TABLE_HEADERS.map((_, j) => s.value(t1.rect.row, j))).toEqual(TABLE_HEADERS);
    expect(t1.rect.rows).toBe(3); // header + 2 objectives
    // codes stay text even though "01.01" looks like a number to Excel
    expect(s.value(t1.rect.row + 1, 0)).toBe('01.01');
    expect(s.value(t1.rect.row + 2, 3)).toBe(0.9);
    expect(s.format(t1.rect.row + 2, 3)).toBe('0.00%');
    expect(s.format(t1.rect.row + 2, 2)).toBe('0.00%');
    // an objective without a grade shows an empty cell, not 0
    const t2 = s.tables[1];
    expect(s.value(t2.rect.row + 1, 3)).toBe('');
    // traffic lights on each table's grade column and on area/total lines
    const icons = s.conditionalFormats.filter((c) => c.type === 'IconSet');
    expect(icons.length).toBe(2 + 3 + 1);
    expect(icons[0].rect).toEqual({ row: t1.rect.row + 1, col: 3, rows: 2, cols: 1 });
    expect(icons[0].props['iconSet.style']).toBe('ThreeTrafficLights1');
    expect((icons[0].props['iconSet.criteria'] as { formula?: string }[]).map((c) => c.formula)).toEqual([undefined, '=0.7', '=0.995']);
    // chart of graded objectives only
    expect(s.charts.length).toBe(1);
    expect(s.charts[0].type).toBe('BarClustered');
    expect(s.charts[0].source).toEqual({ sheet: SCORECARD_SHEET, address: 'I3:J5' });
    expect(s.value(3, 8)).toBe('01.01 Digitalizzazione');
    // the total line
    const layout = layoutScorecard(card);
    const totalRow = layout.rows.length - 1;
    expect(s.value(totalRow, 0)).toBe('Totale');
    expect(s.value(totalRow, 3)).toBe(0.95);
    expect(fake.stats.calcSuspensions).toBe(1);
  });

  it('replaces its own sheet: inserting twice leaves one Scorecard with its tables and chart', async () => {
    const wb = workbook();
    const fake = createFakeExcel(wb);
    const port = new OfficeWorkbook(fake, null);
    await port.writeScorecard(card);
    await port.writeScorecard({ ...card, areas: card.areas.slice(0, 1) });
    expect(wb.sheets.filter((x) => x.name === SCORECARD_SHEET).length).toBe(1);
    const s = wb.sheet(SCORECARD_SHEET);
    expect(s.tables.map((t) => t.name)).toEqual(['Cruscotto_Area_1']);
    expect(wb.allTables().length).toBe(1);
    expect(s.charts.length).toBe(1);
  });

  it('never deletes a "Scorecard" sheet the user made', async () => {
    const wb = workbook();
    wb.addSheetFrom({ name: 'Scorecard', rows: [['I miei appunti']] });
    const fake = createFakeExcel(wb);
    await expect(new OfficeWorkbook(fake, null).writeScorecard(card)).rejects.toMatchObject({ name: 'GatewayError', code: 'ScorecardNotOurs' });
    expect(wb.sheet('Scorecard').value(0, 0)).toBe('I miei appunti');
  });

  it('skips the chart when no objective has a grade (Excel refuses empty series)', async () => {
    const wb = workbook();
    const fake = createFakeExcel(wb);
    await new OfficeWorkbook(fake, null).writeScorecard({ ...card, areas: [card.areas[1]] });
    expect(wb.sheet(SCORECARD_SHEET).charts).toEqual([]);
  });
});
