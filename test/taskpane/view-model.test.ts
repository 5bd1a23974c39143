import type { SheetAnalysis } from '../../src/app/analyse';
import { finding } from '../../src/core/findings';
import type { Policy, PlanGrades } from '../../src/core/grade/types';
import type { Indicator, Objective, SheetPlan } from '../../src/core/plan';
import { groupFindings, objectiveLabel, paneModel, statusFromPolicy } from '../../src/taskpane/view-model';

const policy: Policy = { name: 'proporzionale', label: 'Proporzionale' };

function indicator(row: number): Indicator {
  return {
    row,
    name: `Indicatore ${row}`,
    nameCell: `F${row}`,
    weight: { kind: 'number', value: 1, unit: '%', step: 0.0001 },
    weightCell: `E${row}`,
    target: { kind: 'target', op: '>=', value: { kind: 'number', value: 0.7, unit: '%', step: 0.0001 }, raw: '>= 70,00 %' },
    targetCell: `J${row}`,
    actual: { kind: 'number', value: 0.9787, unit: '%', step: 0.0001 },
    actualCell: `I${row}`,
    baseline: null,
    baselineCell: null,
    measures: null,
    measuresCell: null,
    statedGrade: null,
    gradeCell: `K${row}`,
  };
}

function objective(id: string, code: string | null, title: string, row: number, indicators: Indicator[], parentId: string | null = null): Objective {
  return {
    id,
    code,
    title,
    level: parentId ? 'operative' : 'strategic',
    row,
    cell: `C${row}`,
    parentId,
    weight: null,
    statedGrade: null,
    statedGradeCell: null,
    gradeCell: null,
    indicators,
  };
}

function plan(): SheetPlan {
  return {
    sheet: 'Obiettivi',
    layout: 'consuntivo-gerarchico',
    headerRows: [3],
    hasActuals: true,
    gradeColumn: 10,
    nextFreeColumn: 12,
    objectives: [
      objective('01', '01', '01 - Semplificazione', 7, []),
      objective('01.01', '01.01', 'ARBITRATO: assistenza', 8, [indicator(9), indicator(10)], '01'),
      objective('01.02', '01.02', '01.02 - Verifica', 11, [indicator(12)], '01'),
    ],
  };
}

function analysis(over: Partial<SheetAnalysis> = {}): SheetAnalysis {
  return { sheet: 'Obiettivi', plan: plan(), findings: [], grades: null, policy, notes: [], ...over };
}

describe('groupFindings', () => {
  it('groups by objective in plan order, general group first, findings in sheet order', () => {
    const a = analysis({
      findings: [
        finding('ACTUAL_MISSING', 'Obiettivi', 'I12', 'manca', '01.02'),
        finding('WEIGHT_SUM', 'Obiettivi', 'E10', 'somma', '01.01'),
        finding('TARGET_MISSING', 'Obiettivi', 'J9', 'target', '01.01'),
        finding('DUPLICATE_CODE', 'Obiettivi', 'D11', 'doppio', null),
        finding('WEIGHT_INVALID', 'Obiettivi', 'AA9', 'peso', '01.01'),
        finding('UNIT_MISMATCH', 'Obiettivi', 'B2', 'unità', 'non-esiste'),
      ],
    });
    const groups = groupFindings(a);
    expect(groups.map((g) => g.key)).toEqual(['', '01.01', '01.02']);
    expect(groups[0].label).toBeNull();
    expect(groups[0].findings.map((f) => f.cell)).toEqual(['B2', 'D11']);
    expect(groups[1].findings.map((f) => f.cell)).toEqual(['J9', 'AA9', 'E10']);
    expect(groups[1]).toMatchObject({ errors: 3, warnings: 0, label: '01.01 – ARBITRATO: assistenza' });
    expect(groups[2]).toMatchObject({ errors: 0, warnings: 1, label: '01.02 - Verifica' });
    // nothing lost, nothing duplicated
    expect(groups.flatMap((g) => g.findings)).toHaveLength(a.findings.length);
  });

  it('puts every finding in the general group when there is no plan', () => {
    const a = analysis({ plan: null, findings: [finding('WEIGHT_SUM', 'X', 'A1', 'm', '01')] });
    expect(groupFindings(a).map((g) => [g.key, g.findings.length])).toEqual([['', 1]]);
  });
});

describe('objectiveLabel', () => {
  it('does not repeat a code the title already starts with', () => {
    expect(objectiveLabel({ code: '01.01', title: '01.01 - ARBITRATO' })).toBe('01.01 - ARBITRATO');
    expect(objectiveLabel({ code: 'OS01', title: 'Digitalizzare' })).toBe('OS01 – Digitalizzare');
    expect(objectiveLabel({ code: null, title: '  Titolo ' })).toBe('Titolo');
  });
});

describe('paneModel', () => {
  it('summarises the plan: layout, objectives, indicators, header rows', () => {
    const m = paneModel(analysis({ findings: [finding('WEIGHT_SUM', 'Obiettivi', 'E10', 'x', '01.01'), finding('ACTUAL_MISSING', 'Obiettivi', 'I12', 'y', '01.02')] }));
    expect(m.summary).toEqual({ sheet: 'Obiettivi', layout: 'consuntivo-gerarchico', objectives: 3, indicators: 3, headerRows: [3], hasActuals: true });
    expect([m.errors, m.warnings]).toEqual([1, 1]);
    expect(m.grades).toEqual([]);
  });

  it('is empty but well formed when the sheet holds no plan', () => {
    const m = paneModel(analysis({ plan: null, notes: ['Nessun piano riconosciuto in questo foglio.'] }));
    expect(m.summary).toBeNull();
    expect(m.groups).toEqual([]);
    expect(m.grades).toEqual([]);
    expect(m.overall).toBeNull();
    expect(m.notes).toEqual(['Nessun piano riconosciuto in questo foglio.']);
  });

  it('lists a grade row per graded objective, in plan order, with a status', () => {
    const grades: PlanGrades = {
      policy: 'proporzionale',
      indicators: new Map([
        [9, { row: 9, grade: 1 }],
        [10, { row: 10, grade: 0.5 }],
        [12, { row: 12, grade: null, reason: 'no-actual' }],
      ]),
      objectives: new Map([
        ['01.02', { id: '01.02', grade: null, weightUsed: 0 }],
        ['01.01', { id: '01.01', grade: 0.75, weightUsed: 1 }],
      ]),
      overall: 0.75,
    };
    const m = paneModel(analysis({ grades }));
    expect(m.grades.map((r) => [r.id, r.grade])).toEqual([
      ['01.01', 0.75],
      ['01.02', null],
    ]);
    for (const r of m.grades) expect(r.status.length).toBeGreaterThan(0);
    expect(m.overall).toBe(0.75);
  });
});

describe('statusFromPolicy', () => {
  it('uses the policy bands, highest first, whatever order they are given in', () => {
    const banded: Policy = {
      name: 'fasce',
      label: 'Fasce',
      bands: [
        { min: 0, label: 'non raggiunto' },
        { min: 1, label: 'raggiunto' },
        { min: 0.7, label: 'parzialmente' },
      ],
    };
    expect(statusFromPolicy(banded, 1)).toBe('raggiunto');
    expect(statusFromPolicy(banded, 0.9999999999)).toBe('raggiunto');
    expect(statusFromPolicy(banded, 0.7)).toBe('parzialmente');
    expect(statusFromPolicy(banded, 0.69)).toBe('non raggiunto');
    expect(statusFromPolicy(policy, null)).toBe('Non valutabile');
    expect(statusFromPolicy(policy, 0)).toBe('Non raggiunto');
    expect(statusFromPolicy(policy, 0.3)).toBe('Parzialmente raggiunto');
  });
});
