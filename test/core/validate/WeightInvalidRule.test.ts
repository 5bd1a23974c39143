import { WeightInvalidRule } from '../../../src/core/validate/WeightInvalidRule';
import type { Indicator } from '../../../src/core/plan';
import { date, indicator, num, objective, pct, runRule, seed002, single, unreadable } from '../helpers/planBuilder';

const withWeight = (weight: Indicator['weight']) => single(objective('07.01', [indicator({ row: 71, weight })], { row: 70 }));

describe('WeightInvalidRule', () => {
  it('seed 002 weights are valid', () => {
    expect(runRule(WeightInvalidRule, seed002())).toEqual([]);
  });
  it('0% and 100% are valid; empty weights are not invalid', () => {
    for (const w of [pct(0), pct(1), pct(0.5), null]) expect(runRule(WeightInvalidRule, withWeight(w))).toEqual([]);
  });
  it('a weight that is not a number', () => {
    const f = runRule(WeightInvalidRule, withWeight(unreadable('alto')));
    expect(f).toEqual([
      {
        code: 'WEIGHT_INVALID',
        severity: 'error',
        sheet: 'Obiettivi operativi',
        cell: 'E71',
        objectiveId: '07.01',
        message: 'Foglio «Obiettivi operativi», cella E71: il peso «alto» non è un numero (indicatore «Indicatore riga 71», obiettivo 07.01).',
      },
    ]);
    expect(runRule(WeightInvalidRule, withWeight(date('2023-12-31')))[0].message).toMatch(/non è una percentuale/);
  });
  it('negative', () => {
    const f = runRule(WeightInvalidRule, withWeight(pct(-0.05)));
    expect(f[0].message).toMatch(/cella E71: il peso -5,00% è negativo/);
  });
  it('above 100%, at the boundary', () => {
    expect(runRule(WeightInvalidRule, withWeight(pct(1.0001)))[0].message).toMatch(/il peso 100,01% supera il 100%/);
    expect(runRule(WeightInvalidRule, withWeight(pct(1.5)))[0].message).toMatch(/il peso 150,00% supera il 100%/);
    expect(runRule(WeightInvalidRule, withWeight(num(1 + 1e-12)))).toEqual([]); // arithmetic noise, not a fault
  });
  it('an objective\'s own weight', () => {
    const p = single(objective('SG_1', [indicator({ row: 101 })], { row: 100, weight: pct(1.2), weightCell: 'C99' }));
    const f = runRule(WeightInvalidRule, p);
    expect(f.map((x) => [x.cell, x.objectiveId])).toEqual([['C99', 'SG_1']]);
    expect(f[0].message).toMatch(/il peso 120,00% supera il 100% \(obiettivo SG_1\)/);
  });
});
