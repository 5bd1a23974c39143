import { ActualMissingRule } from '../../../src/core/validate/ActualMissingRule';
import type { Indicator } from '../../../src/core/plan';
import { indicator, missing, objective, pct, runRule, seed002, single, unreadable } from '../helpers/planBuilder';

const withActual = (over: Partial<Indicator>, hasActuals = true) =>
  single(objective('07.01', [indicator({ row: 71, name: 'Eventi realizzati', ...over })], { row: 70 }), { hasActuals });

describe('ActualMissingRule', () => {
  it('seed 002: every indicator has its consuntivo', () => {
    expect(runRule(ActualMissingRule, seed002())).toEqual([]);
  });
  it('"n.d." or blank in a consuntivo column: warning at the actual cell', () => {
    for (const actual of [missing('n.d.'), null]) {
      expect(runRule(ActualMissingRule, withActual({ actual }))).toEqual([
        {
          code: 'ACTUAL_MISSING',
          severity: 'warning',
          sheet: 'Obiettivi operativi',
          cell: 'I71',
          objectiveId: '07.01',
          message: 'Foglio «Obiettivi operativi», cella I71: manca il consuntivo dell’indicatore «Eventi realizzati»; l’indicatore non entra nel calcolo del grado.',
        },
      ]);
    }
  });
  it('a plan without a consuntivo column: no finding', () => {
    expect(runRule(ActualMissingRule, withActual({ actual: null, actualCell: null }, false))).toEqual([]);
  });
  it('present or unreadable actuals are not missing', () => {
    expect(runRule(ActualMissingRule, withActual({ actual: pct(0.5) }))).toEqual([]);
    expect(runRule(ActualMissingRule, withActual({ actual: unreadable('circa dieci') }))).toEqual([]);
  });
  it('without an actual cell the finding points at the indicator name', () => {
    expect(runRule(ActualMissingRule, withActual({ actual: null, actualCell: null }))[0].cell).toBe('F71');
  });
});
