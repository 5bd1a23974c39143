import { TargetOperatorMissingRule } from '../../../src/core/validate/TargetOperatorMissingRule';
import type { Indicator } from '../../../src/core/plan';
import { date, indicator, num, objective, pct, runRule, seed002, single, target, yes } from '../helpers/planBuilder';

const withTarget = (t: Indicator['target']) => single(objective('07.01', [indicator({ row: 71, target: t })], { row: 70 }));

describe('TargetOperatorMissingRule', () => {
  it('seed 002 targets all have operators', () => {
    expect(runRule(TargetOperatorMissingRule, seed002())).toEqual([]);
  });
  it('a number with no operator: warning, graded as >=', () => {
    const f = runRule(TargetOperatorMissingRule, withTarget(target(null, pct(0.8), '80%')));
    expect(f).toEqual([
      {
        code: 'TARGET_OPERATOR_MISSING',
        severity: 'warning',
        sheet: 'Obiettivi operativi',
        cell: 'J71',
        objectiveId: '07.01',
        message: 'Foglio «Obiettivi operativi», cella J71: il target «80%» non ha un operatore; è valutato come «>=».',
      },
    ]);
  });
  it('with an operator, or not a number: no finding', () => {
    expect(runRule(TargetOperatorMissingRule, withTarget(target('>=', num(3), '>= 3')))).toEqual([]);
    expect(runRule(TargetOperatorMissingRule, withTarget(target(null, date('2025-12-31'), '31/12/2025')))).toEqual([]); // a deadline
    expect(runRule(TargetOperatorMissingRule, withTarget(target(null, yes(), 'sì')))).toEqual([]);
    expect(runRule(TargetOperatorMissingRule, withTarget(target(null, { kind: 'qualitative' }, 'Realizzazione del programma')))).toEqual([]);
  });
});
