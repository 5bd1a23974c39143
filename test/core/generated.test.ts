import * as fs from 'fs';
import * as path from 'path';
import { analyseGrid, policyOrDefault } from '../../src/app/analyse';
import { parseA1 } from '../../src/core/grid';
import { XlsxWorkbook } from '../../src/workbook/xlsx';

/**
 * The natively typed workbooks made by test/fixtures/generate.ts (native numbers, merged two-row headers,
 * one objective per sheet, a broken plan): recognition and validation against the expectations the
 * generator writes beside each file (objectives, indicators, layout, and every finding it planted).
 */
const dir = path.join(__dirname, '../fixtures/generated');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json'));

interface Expected {
  file: string;
  sheets: { name: string; layout: string | null; objectives: number; indicators: number; hasActuals?: boolean; findings: { code: string; row: number; objectiveRow: number }[] }[];
}

describe.each(files)('%s', (name) => {
  const exp: Expected = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  it('recognises every sheet as expected and finds exactly the planted faults', async () => {
    const wb = await XlsxWorkbook.open(path.join(dir, exp.file));
    for (const s of exp.sheets) {
      const a = analyseGrid(await wb.readSheet(s.name), policyOrDefault());
      const withInd = (a.plan?.objectives ?? []).filter((o) => o.indicators.length > 0);
      expect({ sheet: s.name, layout: a.plan?.layout ?? null, objectives: withInd.length, indicators: withInd.reduce((n, o) => n + o.indicators.length, 0) }).toEqual({
        sheet: s.name,
        layout: s.layout,
        objectives: s.objectives,
        indicators: s.indicators,
      });
      if (s.hasActuals !== undefined && a.plan) expect(a.plan.hasActuals).toBe(s.hasActuals);
      const rowOf = new Map((a.plan?.objectives ?? []).map((o) => [o.id, o.row]));
      const found = a.findings.map((f) => ({ code: f.code, row: parseA1(f.cell).row + 1, objectiveRow: f.objectiveId ? rowOf.get(f.objectiveId) : undefined }));
      for (const e of s.findings) {
        expect(found).toContainEqual(expect.objectContaining({ code: e.code, objectiveRow: e.objectiveRow }));
      }
      // nothing beyond what was planted
      expect(found.map((f) => f.code).sort()).toEqual(s.findings.map((f) => f.code).sort());
    }
  });
});
