import { MeasureMismatchRule } from '../../../src/core/validate/MeasureMismatchRule';
import type { Indicator } from '../../../src/core/plan';
import { date, indicator, num, objective, pct, ratio, runRule, seed002, single } from '../helpers/planBuilder';

const measured = (measures: Indicator['measures'], actual: Indicator['actual']) => single(objective('01.01', [indicator({ row: 9, measures, actual })], { row: 8 }));

describe('MeasureMismatchRule', () => {
  it('seed 002 measures agree with the consuntivo (46/47 -> 97,87 %, 112/11.879 -> 0,94 %…)', () => {
    expect(runRule(MeasureMismatchRule, seed002())).toEqual([]);
    expect(runRule(MeasureMismatchRule, measured(ratio(46, 47), pct(0.9787)))).toEqual([]);
  });
  it('a ratio that disagrees: warning at the measures cell', () => {
    expect(runRule(MeasureMismatchRule, measured(ratio(15, 17), pct(0.9824)))).toEqual([
      {
        code: 'MEASURE_MISMATCH',
        severity: 'warning',
        sheet: 'Obiettivi operativi',
        cell: 'H9',
        objectiveId: '01.01',
        message: 'Foglio «Obiettivi operativi», cella H9: le misure 15 / 17 danno 88,24%, ma il consuntivo (cella I9) è 98,24%.',
      },
    ]);
  });
  it('allows the consuntivo\'s rounding, and no more', () => {
    expect(runRule(MeasureMismatchRule, measured(ratio(1, 3), pct(0.3333)))).toEqual([]);
    expect(runRule(MeasureMismatchRule, measured(ratio(1, 3), pct(0.3332)))).toHaveLength(1); // 1,3 units of the last digit
    expect(runRule(MeasureMismatchRule, measured(ratio(1, 3), pct(0.333, 1)))).toEqual([]); // "33,3%"
    expect(runRule(MeasureMismatchRule, measured(ratio(1, 3), pct(0.335, 1)))).toHaveLength(1);
  });
  it('a consuntivo without "%": a fraction, or percentage points', () => {
    expect(runRule(MeasureMismatchRule, measured(ratio(46, 47), num(97.87, null, 2)))).toEqual([]);
    expect(runRule(MeasureMismatchRule, measured(ratio(46, 47), num(0.9787, null, 4)))).toEqual([]);
    expect(runRule(MeasureMismatchRule, measured(ratio(46, 47), num(90, null, 2)))).toHaveLength(1);
  });
  it('nothing to compare: measures not a ratio, actual a date or in days', () => {
    expect(runRule(MeasureMismatchRule, measured(num(2, 'n'), num(3, 'n')))).toEqual([]);
    expect(runRule(MeasureMismatchRule, measured(ratio(1, 2), date('2023-12-31')))).toEqual([]);
    expect(runRule(MeasureMismatchRule, measured(ratio(1, 2), num(5, 'gg')))).toEqual([]);
    expect(runRule(MeasureMismatchRule, measured(null, pct(0.5)))).toEqual([]);
  });
});
