import { DuplicateCodeRule } from '../../../src/core/validate/DuplicateCodeRule';
import { indicator, objective, plan, runRule, seed002 } from '../helpers/planBuilder';

const op = (id: string, code: string | null, row: number) => objective(id, [indicator({ row: row + 1 })], { row, code });

describe('DuplicateCodeRule', () => {
  it('seed 002 codes are unique', () => {
    expect(runRule(DuplicateCodeRule, seed002())).toEqual([]);
  });
  it('the second objective with a code is reported, naming the first', () => {
    const f = runRule(DuplicateCodeRule, plan([op('03.01', '03.01', 20), op('03.02', '03.02', 24), op('03.02@26', '03.02', 26)]));
    expect(f).toEqual([
      {
        code: 'DUPLICATE_CODE',
        severity: 'warning',
        sheet: 'Piano',
        cell: 'D26',
        objectiveId: '03.02@26',
        message: 'Foglio «Piano», cella D26: il codice obiettivo 03.02 è già usato nella cella D24.',
      },
    ]);
  });
  it('every repeat is reported; case and spaces do not make codes different', () => {
    const f = runRule(DuplicateCodeRule, plan([op('a', 'SG_1', 10), op('b', 'sg_1 ', 20), op('c', 'SG_1', 30)]));
    expect(f.map((x) => x.cell)).toEqual(['D20', 'D30']);
  });
  it('objectives without a code, or without indicators, do not count', () => {
    expect(runRule(DuplicateCodeRule, plan([op('r10', null, 10), op('r20', null, 20)]))).toEqual([]);
    const heading = objective('1', [], { row: 4, level: 'strategic' });
    const again = objective('1@86', [], { row: 86, code: '1', level: 'strategic' });
    expect(runRule(DuplicateCodeRule, plan([heading, again]))).toEqual([]);
  });
});
