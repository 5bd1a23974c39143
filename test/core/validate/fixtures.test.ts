import * as path from 'path';
import { analyseGrid, policyOrDefault } from '../../../src/app/analyse';
import { parseA1 } from '../../../src/core/grid';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';

const fx = (f: string) => path.join(__dirname, '../../fixtures', f);
const grid = async (file: string, sheet: string) => (await XlsxWorkbook.open(fx(file))).readSheet(sheet);
const P = policyOrDefault('proporzionale');

describe('seed 002: computed grades against the stated GRADO RAGGIUNGIMENTO', () => {
  it('every indicator and objective grade equals the stated one except the real anomaly, 13.02', async () => {
    const a = analyseGrid(await grid('obiettivi-operativi-consuntivo-2023.xlsx', 'Obiettivi operativi'), P);
    const mismatches = a.findings.filter((f) => f.code === 'GRADE_MISMATCH').map((f) => f.cell);
    expect(mismatches.sort()).toEqual(['K199', 'K200']); // 13.02: 0,00 % against >= 90,00 %, stated 100%
    let compared = 0;
    for (const o of a.plan!.objectives) {
      for (const i of o.indicators) {
        const g = a.grades!.indicators.get(i.row)!.grade;
        expect(g).not.toBeNull();
        if (i.statedGrade?.kind !== 'number' || mismatches.includes(i.gradeCell!)) continue;
        expect([i.row, g]).toEqual([i.row, expect.closeTo(i.statedGrade.value, 3)]);
        compared++;
      }
    }
    expect(compared).toBe(100);
    // objective grades roll up from the weights: 09.12 (55,56% / 44,44%), 07.01 (5 x 20%)
    for (const code of ['09.12', '07.01', '09.14', '09.19']) expect(a.grades!.objectives.get(code)!.grade).toBeCloseTo(1, 9);
    expect(a.grades!.objectives.get('13.02')!.grade).toBe(0);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('PIAO 2025: weights per objective', () => {
  it('has no WEIGHT_SUM finding: every sum is legitimate rounding (7 x 14,3%, 3 x 33,3%, 12 x 8,3%…)', async () => {
    const a = analyseGrid(await grid('piao-2025-valore-pubblico.xlsx', 'Valore pubblico'), P);
    expect(a.findings.filter((f) => f.code === 'WEIGHT_SUM')).toEqual([]);
    expect(a.plan!.objectives.filter((o) => o.indicators.some((i) => i.weight?.kind === 'number'))).toHaveLength(25);
  });

  it('a copy with one weight changed yields exactly one WEIGHT_SUM, on that objective', async () => {
    const g = await grid('piao-2025-valore-pubblico.xlsx', 'Valore pubblico');
    const before = analyseGrid(g, P);
    const target = before.plan!.objectives.find((o) => o.code === '01_01_OS01')!.indicators[0];
    const { row, col } = parseA1(target.weightCell!);
    g.values[row - g.top][col - g.left] = '30,0%';
    const after = analyseGrid(g, P);
    const f = after.findings.filter((x) => x.code === 'WEIGHT_SUM');
    expect(f).toHaveLength(1);
    expect(f[0].objectiveId).toBe('01_01_OS01');
    expect(f[0].message).toMatch(/sommano a 110,00% invece di 100%/);
  });
});
