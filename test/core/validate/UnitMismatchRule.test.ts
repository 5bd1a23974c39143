import { UnitMismatchRule } from '../../../src/core/validate/UnitMismatchRule';
import type { Indicator } from '../../../src/core/plan';
import { date, indicator, missing, num, objective, pct, runRule, seed002, single, target } from '../helpers/planBuilder';

const pair = (t: Indicator['target'], actual: Indicator['actual']) => single(objective('09.05', [indicator({ row: 102, name: 'Applicazione metodologia', target: t, actual })], { row: 101 }));

describe('UnitMismatchRule', () => {
  it('seed 002: 09.05 "800,00 %" against ">= 100,00 %" is comparable', () => {
    expect(runRule(UnitMismatchRule, seed002())).toEqual([]);
  });
  it('"800,00 %" for a deadline', () => {
    expect(runRule(UnitMismatchRule, pair(target('entro', date('2023-12-31'), 'Entro 31-12-2023'), pct(8)))).toEqual([
      {
        code: 'UNIT_MISMATCH',
        severity: 'warning',
        sheet: 'Obiettivi operativi',
        cell: 'I102',
        objectiveId: '09.05',
        message:
          'Foglio «Obiettivi operativi», cella I102: il consuntivo «800,00%» dell’indicatore «Applicazione metodologia» non è confrontabile con il target «Entro 31-12-2023» (unità o tipo di valore diversi); l’indicatore non è valutato.',
      },
    ]);
  });
  it('a date for a % target, days for euros', () => {
    const f = runRule(UnitMismatchRule, pair(target('>=', pct(0.9), '>= 90,00 %'), date('2023-12-31')));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('il consuntivo «31/12/2023»');
    expect(runRule(UnitMismatchRule, pair(target('<=', num(10, 'gg'), '<= 10 gg'), num(500, '€')))).toHaveLength(1);
  });
  it('same family: no finding (percent vs ratio, days vs days, missing actual)', () => {
    expect(runRule(UnitMismatchRule, pair(target('>=', pct(0.7), '>= 70 %'), pct(0.9787)))).toEqual([]);
    expect(runRule(UnitMismatchRule, pair(target('<=', num(10, 'gg'), '<= 10 gg'), num(5.16, 'gg', 2)))).toEqual([]);
    expect(runRule(UnitMismatchRule, pair(target('>=', pct(0.7), '>= 70 %'), missing('n.d.')))).toEqual([]);
  });
});
