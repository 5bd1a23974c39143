import { ActualUnparseableRule } from '../../../src/core/validate/ActualUnparseableRule';
import type { Indicator } from '../../../src/core/plan';
import { indicator, missing, num, objective, runRule, seed002, single, unreadable } from '../helpers/planBuilder';

const withActual = (actual: Indicator['actual']) => single(objective('07.01', [indicator({ row: 71, name: 'Eventi realizzati', actual })], { row: 70 }));

describe('ActualUnparseableRule', () => {
  it('seed 002 actuals are readable', () => {
    expect(runRule(ActualUnparseableRule, seed002())).toEqual([]);
  });
  it('an actual that cannot be read: error at the actual cell', () => {
    expect(runRule(ActualUnparseableRule, withActual(unreadable('circa dieci')))).toEqual([
      {
        code: 'ACTUAL_UNPARSEABLE',
        severity: 'error',
        sheet: 'Obiettivi operativi',
        cell: 'I71',
        objectiveId: '07.01',
        message: 'Foglio «Obiettivi operativi», cella I71: il consuntivo «circa dieci» dell’indicatore «Eventi realizzati» non è leggibile.',
      },
    ]);
  });
  it('missing or readable actuals: no finding', () => {
    for (const a of [missing('n.d.'), null, num(3)]) expect(runRule(ActualUnparseableRule, withActual(a))).toEqual([]);
  });
});
