import { gradePlan } from '../../../src/core/grade';
import { getPolicy } from '../../../src/core/grade/policies';
import { GradeMismatchRule } from '../../../src/core/validate/GradeMismatchRule';
import type { Indicator } from '../../../src/core/plan';
import { indicator, missing, num, objective, pct, runRule, seed002, single, target, unreadable } from '../helpers/planBuilder';

/** one indicator at row 200 graded A/100 (target >= 100), stated grade `stated` */
const stated = (A: number, s: Indicator['statedGrade'], over: Partial<Indicator> = {}) =>
  single(objective('13.02', [indicator({ row: 200, target: target('>=', num(100)), actual: num(A, null, 2), statedGrade: s, ...over })], { row: 199 }));

describe('GradeMismatchRule', () => {
  it('seed 002: 13.02 (0,00 % against >= 90,00 %, stated 100%) on the indicator and the objective, nothing else', () => {
    const f = runRule(GradeMismatchRule, seed002());
    expect(f.map((x) => [x.code, x.severity, x.cell, x.objectiveId])).toEqual([
      ['GRADE_MISMATCH', 'warning', 'K200', '13.02'],
      ['GRADE_MISMATCH', 'warning', 'K199', '13.02'],
    ]);
    expect(f[0].message).toBe('Foglio «Obiettivi operativi», cella K200: il grado dichiarato 100,00% dell’indicatore «Indicatore riga 200» differisce da quello calcolato 0,00%.');
    expect(f[1].message).toBe('Foglio «Obiettivi operativi», cella K199: il grado dichiarato 100,00% dell’obiettivo 13.02 differisce da quello calcolato 0,00%.');
  });
  it('0,5 points is the boundary', () => {
    expect(runRule(GradeMismatchRule, stated(99.5, pct(1)))).toEqual([]); // 0,5 points apart
    expect(runRule(GradeMismatchRule, stated(99.49, pct(1))).map((f) => f.cell)).toEqual(['K200']);
    expect(runRule(GradeMismatchRule, stated(99.49, pct(0.9949)))).toEqual([]);
    expect(runRule(GradeMismatchRule, stated(80, pct(0.8051))).map((f) => f.cell)).toEqual(['K200']); // above too
  });
  it('nothing to compare: no stated grade, unreadable stated grade, ungraded indicator, no grade cell', () => {
    expect(runRule(GradeMismatchRule, stated(50, null))).toEqual([]);
    expect(runRule(GradeMismatchRule, stated(50, unreadable('ok')))).toEqual([]);
    expect(runRule(GradeMismatchRule, stated(50, pct(1), { actual: missing('n.d.') }))).toEqual([]);
    expect(runRule(GradeMismatchRule, stated(50, pct(1), { gradeCell: null }))).toEqual([]);
  });
  it('checks against the grades it is given (the app gives the default policy\'s)', () => {
    const p = stated(60, pct(0));
    expect(GradeMismatchRule.check(p, { grades: gradePlan(p, getPolicy('proporzionale')!) })).toHaveLength(1);
    expect(GradeMismatchRule.check(p, { grades: gradePlan(p, getPolicy('binaria')!) })).toEqual([]);
  });
});
