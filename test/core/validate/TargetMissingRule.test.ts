import { TargetMissingRule } from '../../../src/core/validate/TargetMissingRule';
import type { Indicator } from '../../../src/core/plan';
import { indicator, missing, objective, runRule, seed002, single, unreadable } from '../helpers/planBuilder';

const withTarget = (t: Partial<Indicator>) => single(objective('07.01', [indicator({ row: 71, name: 'Eventi realizzati', ...t })], { row: 70 }));

describe('TargetMissingRule', () => {
  it('seed 002: every indicator has a target', () => {
    expect(runRule(TargetMissingRule, seed002())).toEqual([]);
  });
  it('a blank target cell in a target column', () => {
    expect(runRule(TargetMissingRule, withTarget({ target: missing('') }))).toEqual([
      {
        code: 'TARGET_MISSING',
        severity: 'error',
        sheet: 'Obiettivi operativi',
        cell: 'J71',
        objectiveId: '07.01',
        message: 'Foglio «Obiettivi operativi», cella J71: l’indicatore «Eventi realizzati» non ha un target.',
      },
    ]);
  });
  it('no target column (target null): no finding', () => {
    expect(runRule(TargetMissingRule, withTarget({ target: null, targetCell: null }))).toEqual([]);
  });
  it('an unreadable target is not "missing" (TARGET_UNPARSEABLE)', () => {
    expect(runRule(TargetMissingRule, withTarget({ target: unreadable('da definire') }))).toEqual([]);
  });
  it('without a target cell the finding points at the indicator name', () => {
    expect(runRule(TargetMissingRule, withTarget({ target: missing('---'), targetCell: null }))[0].cell).toBe('F71');
  });
});
