import { TargetUnparseableRule } from '../../../src/core/validate/TargetUnparseableRule';
import type { Indicator } from '../../../src/core/plan';
import { indicator, missing, objective, runRule, seed002, single, unreadable } from '../helpers/planBuilder';

const withTarget = (t: Indicator['target']) => single(objective('07.01', [indicator({ row: 71, name: 'Eventi realizzati', target: t })], { row: 70 }));

describe('TargetUnparseableRule', () => {
  it('seed 002 targets are all readable', () => {
    expect(runRule(TargetUnparseableRule, seed002())).toEqual([]);
  });
  it('"da definire" and ">=" with no value', () => {
    for (const raw of ['da definire', '>=']) {
      const f = runRule(TargetUnparseableRule, withTarget(unreadable(raw)));
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ code: 'TARGET_UNPARSEABLE', severity: 'error', cell: 'J71', objectiveId: '07.01' });
      expect(f[0].message).toContain(`Foglio «Obiettivi operativi», cella J71: il target «${raw}» dell’indicatore «Eventi realizzati» non è leggibile`);
    }
  });
  it('missing or absent targets are other rules\' business', () => {
    expect(runRule(TargetUnparseableRule, withTarget(missing('')))).toEqual([]);
    expect(runRule(TargetUnparseableRule, withTarget(null))).toEqual([]);
  });
});
