import { promises as fs } from 'fs';
import * as path from 'path';
import type { Grid } from '../../../src/core/grid';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FIXTURE_NAMES, generateFixtures } from '../../fixtures/generate';
import type { Expected, WrittenFixture } from '../../fixtures/generate';
import { GENERATED, changedCells, tempDir } from './helpers';

/**
 * The committed generated fixtures must be what the generator makes today (tests run from a plain clone),
 * and each sidecar's counts must agree with what is actually in the sheet.
 */
describe('generated fixtures', () => {
  let dir: string;
  let written: WrittenFixture[];
  beforeAll(async () => {
    dir = await tempDir();
    written = await generateFixtures(dir);
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('all four are generated with a sidecar', () => {
    expect(written.map((w) => w.name)).toEqual([...FIXTURE_NAMES]);
  });

  test.each([...FIXTURE_NAMES])('%s: the committed copy matches a fresh generation cell by cell', async (name) => {
    const fresh = await XlsxWorkbook.open(path.join(dir, `${name}.xlsx`));
    const committed = await XlsxWorkbook.open(path.join(GENERATED, `${name}.xlsx`));
    const sheets = await fresh.sheetNames();
    expect(await committed.sheetNames()).toEqual(sheets);
    for (const s of sheets) {
      const a = await fresh.readSheet(s);
      const b = await committed.readSheet(s);
      expect(changedCells(a, b)).toEqual([]);
      expect(b.merges).toEqual(a.merges);
    }
    const freshJson = JSON.parse(await fs.readFile(path.join(dir, `${name}.expected.json`), 'utf8'));
    const committedJson = JSON.parse(await fs.readFile(path.join(GENERATED, `${name}.expected.json`), 'utf8'));
    expect(committedJson).toEqual(freshJson);
  });

  const column = (g: Grid, header: string, headerRow: number): number => g.values[headerRow - 1 - g.top].indexOf(header);
  const rowsBelow = (g: Grid, headerRow: number) => g.values.slice(headerRow - g.top);

  test('hierarchical sidecars agree with the sheets: objectives = OBIETTIVO OPERATIVO lines, indicators = INDICATORE lines', async () => {
    for (const name of ['native-numbers', 'broken-plan'] as const) {
      const exp: Expected = JSON.parse(await fs.readFile(path.join(GENERATED, `${name}.expected.json`), 'utf8'));
      const wb = await XlsxWorkbook.open(path.join(GENERATED, `${name}.xlsx`));
      for (const s of exp.sheets) {
        const g = await wb.readSheet(s.name);
        const [h] = s.headerRows;
        const op = column(g, 'OBIETTIVO OPERATIVO', h);
        const ind = column(g, 'INDICATORE', h);
        expect(op).toBeGreaterThanOrEqual(0);
        const rows = rowsBelow(g, h);
        expect(rows.filter((r) => r[op] !== null).length).toBe(s.objectives);
        expect(rows.filter((r) => r[ind] !== null).length).toBe(s.indicators);
        // every expected finding points at a row of the table
        for (const f of s.findings) expect(f.row).toBeGreaterThan(h);
      }
    }
  });

  test('broken-plan: one expected finding per fault, each on its own row', async () => {
    const exp: Expected = JSON.parse(await fs.readFile(path.join(GENERATED, 'broken-plan.expected.json'), 'utf8'));
    const codes = exp.sheets[0].findings.map((f) => f.code).sort();
    expect(codes).toEqual(
      ['ACTUAL_MISSING', 'DUPLICATE_CODE', 'GRADE_MISMATCH', 'TARGET_MISSING', 'TARGET_UNPARSEABLE', 'TARGET_UNPARSEABLE', 'UNIT_MISMATCH', 'WEIGHT_SUM'].sort(),
    );
    const rows = exp.sheets[0].findings.map((f) => f.row);
    expect(new Set(rows).size).toBe(rows.length);
    const g = await (await XlsxWorkbook.open(path.join(GENERATED, 'broken-plan.xlsx'))).readSheet('Consuntivo 2024');
    const cell = (row: number, header: string) => g.values[row - 1][column(g, header, 3)];
    const find = (code: string) => exp.sheets[0].findings.filter((f) => f.code === code).map((f) => f.row);
    expect(find('TARGET_UNPARSEABLE').map((r) => cell(r, 'TARGET'))).toEqual(['da definire', '>=']);
    expect(cell(find('TARGET_MISSING')[0], 'TARGET')).toBeNull();
    expect(cell(find('ACTUAL_MISSING')[0], 'CONSUNTIVO')).toBe('n.d.');
    expect(g.formats[find('UNIT_MISMATCH')[0] - 1][column(g, 'CONSUNTIVO', 3)]).toBe('dd/mm/yyyy');
    const dup = String(cell(find('DUPLICATE_CODE')[0], 'OBIETTIVO OPERATIVO')).slice(0, 5);
    expect(g.values.filter((r) => String(r[3] ?? '').startsWith(dup + ' '))).toHaveLength(2);
    const ws = find('WEIGHT_SUM')[0];
    expect((cell(ws + 1, 'PESO') as number) + (cell(ws + 2, 'PESO') as number)).toBeCloseTo(0.95, 10);
  });

  test('merged-two-row-headers and one-objective-per-sheet sidecars agree with the sheets', async () => {
    const m: Expected = JSON.parse(await fs.readFile(path.join(GENERATED, 'merged-two-row-headers.expected.json'), 'utf8'));
    const g = await (await XlsxWorkbook.open(path.join(GENERATED, 'merged-two-row-headers.xlsx'))).readSheet('Piano 2025');
    const below = rowsBelow(g, 4);
    expect(below.filter((r) => r[0] !== null).length).toBe(m.sheets[0].objectives);
    expect(below.filter((r) => r[2] !== null).length).toBe(m.sheets[0].indicators);

    const p: Expected = JSON.parse(await fs.readFile(path.join(GENERATED, 'one-objective-per-sheet.expected.json'), 'utf8'));
    const wb = await XlsxWorkbook.open(path.join(GENERATED, 'one-objective-per-sheet.xlsx'));
    expect(p.sheets.map((s) => s.name)).toEqual(await wb.sheetNames());
    for (const s of p.sheets) {
      const sg = await wb.readSheet(s.name);
      if (s.layout === null) {
        expect(s.objectives).toBe(0);
        expect(sg.values.flat()).toEqual(expect.arrayContaining(['Voce', 'Importo', 'Anno', 'Donne']));
        continue;
      }
      const [h] = s.headerRows;
      expect(sg.values[h - 1][0]).toBe('Indicatori');
      expect(rowsBelow(sg, h).filter((r) => r[0] !== null).length).toBe(s.indicators);
      expect(sg.values.filter((r) => r[0] === 'Codice:')).toHaveLength(1);
      expect(sg.values[h - 1].includes('Consuntivo 2025')).toBe(s.hasActuals);
    }
  });
});
