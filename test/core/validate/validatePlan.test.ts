import { gradePlan } from '../../../src/core/grade';
import { getPolicy } from '../../../src/core/grade/policies';
import { FINDING_CODES, SEVERITY } from '../../../src/core/findings';
import type { Objective, SheetPlan } from '../../../src/core/plan';
import { RULES, validatePlan } from '../../../src/core/validate';
import { date, indicator, missing, num, objective, pct, plan, ratio, seed002, target, unreadable } from '../helpers/planBuilder';

const P = getPolicy('proporzionale')!;
const validate = (p: SheetPlan) => validatePlan(p, gradePlan(p, P));

/** one fault per objective, in sheet order, as a user's broken plan would have them */
function broken(): SheetPlan {
  return plan(
    [
      objective('01.01', [indicator({ row: 9, weight: pct(0.5) }), indicator({ row: 10, weight: pct(0.45) })], { row: 8 }), // WEIGHT_SUM E10
      objective('01.02', [indicator({ row: 12, weight: unreadable('alto') })], { row: 11 }), // WEIGHT_INVALID E12
      objective('01.03', [indicator({ row: 14, target: missing('') })], { row: 13 }), // TARGET_MISSING J14
      objective('01.04', [indicator({ row: 16, target: unreadable('da definire') })], { row: 15 }), // TARGET_UNPARSEABLE J16
      objective('01.05', [indicator({ row: 18, target: target(null, pct(0.8), '80%'), actual: pct(0.9) })], { row: 17 }), // TARGET_OPERATOR_MISSING J18
      objective('01.06', [indicator({ row: 20, actual: missing('n.d.') })], { row: 19 }), // ACTUAL_MISSING I20
      objective('01.07', [indicator({ row: 22, actual: unreadable('circa dieci') })], { row: 21 }), // ACTUAL_UNPARSEABLE I22
      objective('01.08', [indicator({ row: 24, statedGrade: pct(1), target: target('>=', pct(0.9)), actual: pct(0) })], { row: 23 }), // GRADE_MISMATCH K24
      objective('01.09', [indicator({ row: 26, measures: ratio(15, 17), actual: pct(0.9824) })], { row: 25 }), // MEASURE_MISMATCH H26
      objective('01.10', [indicator({ row: 28, target: target('entro', date('2023-12-31')), actual: pct(8) })], { row: 27 }), // UNIT_MISMATCH I28
      objective('01.10@29', [indicator({ row: 30 })], { row: 29, code: '01.10' }), // DUPLICATE_CODE D29
    ],
    { sheet: 'Consuntivo 2024' },
  );
}

describe('validatePlan', () => {
  it('runs one rule per finding code', () => {
    expect(RULES.map((r) => r.code).sort()).toEqual([...FINDING_CODES].sort());
  });
  it('seed 002 excerpt: only the 13.02 anomaly', () => {
    expect(validate(seed002()).map((f) => [f.code, f.cell])).toEqual([
      ['GRADE_MISMATCH', 'K199'],
      ['GRADE_MISMATCH', 'K200'],
    ]);
  });
  it('one finding of each code on a broken plan, in row order, each on its objective', () => {
    const f = validate(broken());
    expect(f.map((x) => [x.code, x.cell, x.objectiveId])).toEqual([
      ['WEIGHT_SUM', 'E10', '01.01'],
      ['WEIGHT_INVALID', 'E12', '01.02'],
      ['TARGET_MISSING', 'J14', '01.03'],
      ['TARGET_UNPARSEABLE', 'J16', '01.04'],
      ['TARGET_OPERATOR_MISSING', 'J18', '01.05'],
      ['ACTUAL_MISSING', 'I20', '01.06'],
      ['ACTUAL_UNPARSEABLE', 'I22', '01.07'],
      ['GRADE_MISMATCH', 'K24', '01.08'],
      ['MEASURE_MISMATCH', 'H26', '01.09'],
      ['UNIT_MISMATCH', 'I28', '01.10'],
      ['DUPLICATE_CODE', 'D29', '01.10@29'],
    ]);
    for (const x of f) {
      expect(x.severity).toBe(SEVERITY[x.code]);
      expect(x.sheet).toBe('Consuntivo 2024');
      expect(x.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      expect(x.message.startsWith(`Foglio «Consuntivo 2024», cella ${x.cell}: `)).toBe(true);
      expect(x.message).not.toMatch(/\d\.\d+ ?%/); // Italian decimals only (codes like 01.01 have dots)
    }
  });
  it('same row: by column, then by code', () => {
    const i = indicator({ row: 40, weight: pct(1.5), target: missing(''), actual: missing('n.d.') });
    const p = plan([objective('X', [i], { row: 39 })]);
    expect(validate(p).map((f) => [f.cell, f.code])).toEqual([
      ['E40', 'WEIGHT_INVALID'],
      ['E40', 'WEIGHT_SUM'],
      ['I40', 'ACTUAL_MISSING'],
      ['J40', 'TARGET_MISSING'],
    ]);
  });
  it('rows beyond Z columns sort by row first', () => {
    const a = indicator({ row: 50, actual: missing('n.d.'), actualCell: 'AB50' });
    const b = indicator({ row: 51, actual: missing('n.d.'), actualCell: 'B51' });
    expect(validate(plan([objective('Y', [a, b], { row: 49 })])).map((f) => f.cell)).toEqual(['AB50', 'B51']);
  });
  it('completes on 100,000 indicators with faults scattered through them', () => {
    const objectives: Objective[] = [];
    let row = 1;
    for (let o = 0; o < 20000; o++) {
      const orow = row++;
      const inds = [0, 1, 2, 3, 4].map((k) =>
        indicator({ row: row++, weight: pct(o % 10 === 0 && k === 0 ? 0.1 : 0.2), target: target('>=', num(10)), actual: o % 7 === 0 && k === 1 ? missing('n.d.') : num(10) }),
      );
      objectives.push(objective(`O${o}`, inds, { row: orow }));
    }
    const f = validate(plan(objectives));
    expect(f.filter((x) => x.code === 'WEIGHT_SUM')).toHaveLength(2000);
    expect(f.filter((x) => x.code === 'ACTUAL_MISSING')).toHaveLength(Math.ceil(20000 / 7));
    expect(f.length).toBe(2000 + Math.ceil(20000 / 7));
  });
});
