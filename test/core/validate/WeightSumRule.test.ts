import { WeightSumRule } from '../../../src/core/validate/WeightSumRule';
import type { Indicator, Objective } from '../../../src/core/plan';
import type { NumberValue } from '../../../src/core/values/types';
import { indicator, objective, pct, plan, runRule, seed002, single, unreadable } from '../helpers/planBuilder';

/** objective 07.01 with the given weights, rows 71.. as in seed 002 */
const weighted = (weights: Indicator['weight'][], id = '07.01'): Objective =>
  objective(id, weights.map((w, k) => indicator({ row: 71 + k, weight: w })), { row: 70 });
const times = (n: number, w: NumberValue) => Array.from({ length: n }, () => w);

describe('WeightSumRule: indicator weights of one objective', () => {
  it('seed 002: 07.01, 09.12, 09.14 and 09.19 sum to 100% (no finding)', () => {
    expect(runRule(WeightSumRule, seed002())).toEqual([]);
  });
  it('a single indicator weighted 100% is fine', () => {
    expect(runRule(WeightSumRule, single(weighted([pct(1)])))).toEqual([]);
  });
  it('objectives where no indicator has a weight: no finding', () => {
    expect(runRule(WeightSumRule, single(weighted([null, null, null])))).toEqual([]);
  });
  it('95% is reported once, on the last weight, in Italian with the sheet and cell', () => {
    const p = single(weighted([pct(0.5), pct(0.45)]));
    const f = runRule(WeightSumRule, p);
    expect(f).toEqual([
      {
        code: 'WEIGHT_SUM',
        severity: 'error',
        sheet: 'Obiettivi operativi',
        cell: 'E72',
        objectiveId: '07.01',
        message: 'Foglio «Obiettivi operativi», cella E72: i pesi dell’obiettivo 07.01 sommano a 95,00% invece di 100%.',
      },
    ]);
  });
  it('a missing weight among weighted indicators leaves the sum short', () => {
    const f = runRule(WeightSumRule, single(weighted([pct(0.5), null, pct(0.3)])));
    expect(f.map((x) => [x.cell, x.message.match(/sommano a (\S+)/)![1]])).toEqual([['E73', '80,00%']]);
  });
  it('tolerance is n x half a unit of the last displayed decimal', () => {
    const ok = (ws: NumberValue[]) => expect(runRule(WeightSumRule, single(weighted(ws)))).toEqual([]);
    const bad = (ws: NumberValue[]) => expect(runRule(WeightSumRule, single(weighted(ws)))).toHaveLength(1);
    ok(times(7, pct(0.143, 1))); // 100,1% within 7 x 0,05
    ok(times(14, pct(0.071, 1))); // 99,4% within 14 x 0,05
    ok([pct(0.3333), pct(0.3334), pct(0.3333)]);
    ok(times(3, pct(0.33, 0))); // 99% within 3 x 0,5
    bad(times(3, pct(0.32, 0))); // 96%
    // two weights with one decimal: tolerance 0,1 point
    ok([pct(0.5, 1), pct(0.501, 1)]); // 100,1%: at the boundary
    bad([pct(0.5, 1), pct(0.502, 1)]); // 100,2%
    ok([pct(0.5, 1), pct(0.499, 1)]);
    bad([pct(0.5, 1), pct(0.498, 1)]);
    // two decimals: 100,01% passes with two weights (0,01), 100,02% does not
    ok([pct(0.5), pct(0.5001)]);
    bad([pct(0.5), pct(0.5002)]);
  });
  it('the sum is shown with the weights\' precision', () => {
    const f = runRule(WeightSumRule, single(weighted([pct(0.33335, 3), pct(0.33335, 3), pct(0.3, 3)])));
    expect(f[0].message).toMatch(/sommano a 96,670% invece/);
  });
  it('an unreadable weight is left to WEIGHT_INVALID', () => {
    expect(runRule(WeightSumRule, single(weighted([pct(1), unreadable('alto')])))).toEqual([]);
  });
  it('each objective on its own', () => {
    const p = plan([weighted([pct(0.5), pct(0.5)], '01.01'), objective('01.02', [indicator({ row: 90, weight: pct(0.6) }), indicator({ row: 91, weight: pct(0.6) })], { row: 89 })]);
    expect(runRule(WeightSumRule, p).map((f) => [f.objectiveId, f.cell])).toEqual([['01.02', 'E91']]);
  });
});

describe('WeightSumRule: objectives that carry their own weight', () => {
  const own = (id: string, w: number, parentId = 'A', row = 100): Objective =>
    objective(id, [indicator({ row: row + 1 })], { row, parentId, weight: pct(w), weightCell: `C${row}` });
  it('siblings summing to 100% within rounding pass', () => {
    expect(runRule(WeightSumRule, plan([own('SG_1', 0.3333, 'A', 100), own('SG_2', 0.3333, 'A', 110), own('SG_3', 0.3334, 'A', 120)]))).toEqual([]);
  });
  it('siblings summing to 95% are reported at the last weight, naming them', () => {
    const f = runRule(WeightSumRule, plan([own('SG_1', 0.15, 'A', 100), own('SG_2', 0.8, 'A', 110)]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'C110', objectiveId: 'SG_2' });
    expect(f[0].message).toBe('Foglio «Piano», cella C110: i pesi degli obiettivi SG_1 e SG_2 sommano a 95,00% invece di 100%.');
  });
  it('groups by parent and by the owner prefix of the code', () => {
    const p = plan([own('SG_1', 0.4, 'A', 100), own('SG_2', 0.6, 'A', 110), own('PO2_1', 1, 'A', 120), own('X_1', 0.5, 'B', 130), own('X_2', 0.5, 'B', 140)]);
    expect(runRule(WeightSumRule, p)).toEqual([]);
    const q = plan([own('SG_1', 0.4, 'A', 100), own('PO2_1', 0.6, 'A', 120)]); // two owners, each alone
    expect(runRule(WeightSumRule, q)).toHaveLength(2);
  });
});
