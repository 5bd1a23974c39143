import { gradePlan } from '../../../src/core/grade';
import { getPolicy } from '../../../src/core/grade/policies';
import type { SheetPlan } from '../../../src/core/plan';
import { RULES, validatePlan } from '../../../src/core/validate';
import { ActualMissingRule } from '../../../src/core/validate/ActualMissingRule';
import { ActualUnparseableRule } from '../../../src/core/validate/ActualUnparseableRule';
import { DuplicateCodeRule } from '../../../src/core/validate/DuplicateCodeRule';
import { GradeMismatchRule } from '../../../src/core/validate/GradeMismatchRule';
import { MeasureMismatchRule } from '../../../src/core/validate/MeasureMismatchRule';
import { TargetMissingRule } from '../../../src/core/validate/TargetMissingRule';
import { TargetOperatorMissingRule } from '../../../src/core/validate/TargetOperatorMissingRule';
import { TargetUnparseableRule } from '../../../src/core/validate/TargetUnparseableRule';
import { UnitMismatchRule } from '../../../src/core/validate/UnitMismatchRule';
import { WeightInvalidRule } from '../../../src/core/validate/WeightInvalidRule';
import { WeightSumRule } from '../../../src/core/validate/WeightSumRule';
import type { Rule } from '../../../src/core/validate/rule';
import { FINDING_CODES, SEVERITY } from '../../../src/core/findings';
import { ind, obj, plan } from '../helpers/planBuilder';

const ctx = (p: SheetPlan) => ({ grades: gradePlan(p, getPolicy('proporzionale')!) });
const run = (rule: Rule, p: SheetPlan) => rule.check(p, ctx(p));
const weights = (...ws: string[]) => plan([obj('07.01', ws.map((w) => ind({ weight: w, target: '>= 1', actual: '1' })))]);

describe('WeightSumRule', () => {
  it('accepts sums within n x half a unit of the last displayed decimal', () => {
    expect(run(WeightSumRule, weights(...Array(7).fill('14,3%')))).toEqual([]); // 100,1%
    expect(run(WeightSumRule, weights(...Array(14).fill('7,1%')))).toEqual([]); // 99,4%
    expect(run(WeightSumRule, weights('33,33%', '33,34%', '33,33%'))).toEqual([]);
    expect(run(WeightSumRule, weights('18,42%', '18,42%', '18,42%', '7,90%', '18,42%', '18,42%'))).toEqual([]);
    expect(run(WeightSumRule, weights('100,00%'))).toEqual([]);
  });
  it('reports a sum beyond rounding once, at the last weight, in Italian', () => {
    const p = weights('20,00%', '20,00%', '20,00%', '20,00%', '15,00%');
    const f = run(WeightSumRule, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'WEIGHT_SUM', severity: 'error', sheet: 'Piano', objectiveId: '07.01' });
    expect(f[0].cell).toBe(p.objectives[0].indicators[4].weightCell);
    expect(f[0].message).toMatch(/i pesi dell’obiettivo 07.01 sommano a 95,00% invece di 100%\./);
    expect(run(WeightSumRule, weights(...Array(5).fill('19%')))).toHaveLength(1); // 95%: beyond 5 x 0,5%
  });
  it('ignores objectives without weights', () => {
    expect(run(WeightSumRule, plan([obj('01', [ind({ target: '>= 1' }), ind({ target: '>= 2' })])]))).toEqual([]);
  });
  it('checks objectives that carry their own weight, per owner code', () => {
    const w = (x: number) => ({ kind: 'number' as const, value: x, unit: '%' as const, step: 0.0001 });
    const ok = plan([obj('SG_1', [ind({})], { weight: w(0.15), parentId: 'A' }), obj('SG_2', [ind({})], { weight: w(0.85), parentId: 'A' }), obj('PO2_1', [ind({})], { weight: w(1), parentId: 'A' })]);
    expect(run(WeightSumRule, ok)).toEqual([]);
    const bad = plan([obj('SG_1', [ind({})], { weight: w(0.15), parentId: 'A' }), obj('SG_2', [ind({})], { weight: w(0.8), parentId: 'A' })]);
    expect(run(WeightSumRule, bad)).toHaveLength(1);
  });
});

describe('WeightInvalidRule', () => {
  it('reports text, negative and above-100% weights', () => {
    const f = run(WeightInvalidRule, weights('abc', '-5%', '150%', '50%'));
    expect(f.map((x) => x.code)).toEqual(['WEIGHT_INVALID', 'WEIGHT_INVALID', 'WEIGHT_INVALID']);
    expect(f[1].message).toMatch(/negativo/);
    expect(f[2].message).toMatch(/supera il 100%/);
  });
});

describe('target rules', () => {
  const p = plan([obj('01', [ind({ target: 'n.d.' }), ind({ target: 'da definire' }), ind({ target: '>=' }), ind({ target: '80%' }), ind({ target: '>= 80%' })])]);
  it('TargetMissingRule', () => expect(run(TargetMissingRule, p).map((f) => f.cell)).toEqual([p.objectives[0].indicators[0].targetCell]));
  it('TargetUnparseableRule', () => expect(run(TargetUnparseableRule, p)).toHaveLength(2));
  it('TargetOperatorMissingRule', () => {
    const f = run(TargetOperatorMissingRule, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning' });
    expect(f[0].message).toMatch(/«>=»/);
  });
  it('no target column, no finding', () => expect(run(TargetMissingRule, plan([obj('01', [ind({})])]))).toEqual([]));
});

describe('actual rules', () => {
  const p = plan([obj('01', [ind({ target: '>= 1', actual: 'n.d.' }), ind({ target: '>= 1' }), ind({ target: '>= 1', actual: 'circa dieci' }), ind({ target: '>= 1', actual: '3' })])]);
  it('ActualMissingRule only when the plan has actuals', () => {
    expect(run(ActualMissingRule, p)).toHaveLength(2);
    expect(run(ActualMissingRule, { ...p, hasActuals: false })).toEqual([]);
  });
  it('ActualUnparseableRule', () => expect(run(ActualUnparseableRule, p)).toHaveLength(1));
});

describe('GradeMismatchRule', () => {
  it('reports stated grades more than 0,5 points from the computed one (seed 002, 13.02)', () => {
    const bad = ind({ target: '>= 90,00 %', actual: '0,00 %', stated: '100,00%' });
    const good = ind({ target: '>= 70,00 %', actual: '97,87 %', stated: '100,00%' });
    const close = ind({ target: '>= 100 %', actual: '99,6 %', stated: '100,00%' });
    const p = plan([obj('13.02', [bad, good, close])]);
    const f = run(GradeMismatchRule, p);
    expect(f.map((x) => x.cell)).toEqual([bad.gradeCell]);
    expect(f[0].message).toMatch(/dichiarato 100,00% .* calcolato 0,00%/);
  });
});

describe('MeasureMismatchRule', () => {
  it('compares a / b with the consuntivo at its precision', () => {
    const ok = ind({ measures: '46 N. / 47 N.', actual: '97,87 %' });
    const off = ind({ measures: '15 N. / 17 N.', actual: '98,24 %' });
    const f = run(MeasureMismatchRule, plan([obj('01', [ok, off])]));
    expect(f.map((x) => x.cell)).toEqual([off.measuresCell]);
  });
});

describe('UnitMismatchRule', () => {
  it('a date for a % target, a percentage for a deadline', () => {
    const a = ind({ target: '>= 90%', actual: '31/12/2023' });
    const b = ind({ target: 'Entro 31-12-2023', actual: '800,00 %' });
    const c = ind({ target: '>= 100,00 %', actual: '800,00 %' });
    expect(run(UnitMismatchRule, plan([obj('01', [a, b, c])])).map((f) => f.cell)).toEqual([a.actualCell, b.actualCell]);
  });
});

describe('DuplicateCodeRule', () => {
  it('reports the second objective with the same code', () => {
    const p = plan([obj('01.01', [ind({})]), { ...obj('01.01', [ind({})]), id: '01.01@2' }, obj('01.02', [ind({})])]);
    const f = run(DuplicateCodeRule, p);
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe(p.objectives[1].cell);
  });
});

describe('validatePlan', () => {
  it('runs one rule per finding code, with the severities of the contract', () => {
    expect(RULES.map((r) => r.code).sort()).toEqual([...FINDING_CODES].sort());
    const p = weights('50%', '40%');
    const f = validatePlan(p, ctx(p).grades);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe(SEVERITY.WEIGHT_SUM);
  });
});
