import { finding } from '../../../src/core/findings';
import { gradePlan } from '../../../src/core/grade';
import { getPolicy } from '../../../src/core/grade/policies';
import type { Objective, SheetPlan } from '../../../src/core/plan';
import { buildScorecard, PLAN_AREA } from '../../../src/core/scorecard/build';
import { validatePlan } from '../../../src/core/validate';
import { indicator, missing, num, objective, pct, plan, seed002, target } from '../helpers/planBuilder';

const P = getPolicy('proporzionale')!;
const card = (p: SheetPlan, policy = P) => {
  const reference = gradePlan(p, P);
  const grades = gradePlan(p, policy);
  return buildScorecard(p, grades, validatePlan(p, reference), policy);
};
const graded = (g: number) => indicator({ target: target('>=', num(100)), actual: num(100 * g, null, 4) });

describe('buildScorecard on the seed 002 excerpt', () => {
  const c = card(seed002());
  it('one area per BSC perspective, in sheet order, named by code and title', () => {
    expect(c.areas.map((a) => a.name)).toEqual(['BSC1 – Utenti-imprese-territorio', 'BSC4 – Processi interni', 'BSC2 – Economico-finanziaria']);
    expect(c.areas.map((a) => a.rows.map((r) => r.code))).toEqual([['07.01'], ['09.05', '09.12', '09.14', '09.19', '10.11'], ['13.02']]);
  });
  it('areas graded as the roll-up, with status labels', () => {
    expect(c.areas.map((a) => [a.grade, a.status])).toEqual([
      [1, 'Raggiunto'],
      [1, 'Raggiunto'],
      [0, 'Non raggiunto'],
    ]);
  });
  it('rows: grade, status, indicators, findings of the objective', () => {
    const r1302 = c.areas[2].rows[0];
    expect(r1302).toEqual({
      objectiveId: '13.02',
      code: '13.02',
      title: 'Obiettivo 13.02',
      level: 'operative',
      weight: null,
      grade: 0,
      status: 'Non raggiunto',
      errors: 0,
      warnings: 2, // GRADE_MISMATCH on the indicator and on the objective
      indicators: 1,
    });
    expect(c.areas[1].rows.find((r) => r.code === '09.14')).toMatchObject({ grade: 1, status: 'Raggiunto', indicators: 6, errors: 0, warnings: 0 });
  });
  it('totals', () => {
    expect(c.total).toEqual({ grade: 2 / 3, status: 'Non raggiunto', objectives: 7, indicators: 19, errors: 0, warnings: 2 });
    expect([c.sheet, c.layout, c.policy]).toEqual(['Obiettivi operativi', 'consuntivo-gerarchico', 'proporzionale']);
  });
});

describe('buildScorecard', () => {
  it('objectives with no ancestor go to the "Piano" area, graded as the mean of its rows', () => {
    const p = plan([objective('A', [graded(1)]), objective('B', [graded(0.5)]), objective('S', [], { level: 'strategic' }), objective('C', [graded(0)], { parentId: 'S' })]);
    const c = card(p);
    expect(c.areas.map((a) => [a.name, a.rows.map((r) => r.objectiveId)])).toEqual([
      [PLAN_AREA, ['A', 'B']],
      ['S – Obiettivo S', ['C']],
    ]);
    expect(c.areas[0].grade).toBeCloseTo(0.75, 12);
    expect(c.areas[0].status).toBe('Parzialmente raggiunto');
    expect(c.areas[1].grade).toBe(0);
  });
  it('only objectives that hold indicators are rows; an ancestor without a code is named by its title', () => {
    const p = plan([objective('r5', [], { code: null, title: 'Processi interni', level: 'area' }), objective('09', [], { parentId: 'r5', level: 'strategic' }), objective('09.01', [graded(1)], { parentId: '09' })]);
    const c = card(p);
    expect(c.areas).toHaveLength(1);
    expect(c.areas[0].name).toBe('Processi interni');
    expect(c.total.objectives).toBe(1);
  });
  it('an ungraded objective is "Non valutabile"; an area with none graded too', () => {
    const p = plan([objective('A', [], { level: 'area' }), objective('A.1', [indicator({ actual: missing('n.d.') })], { parentId: 'A' })]);
    const c = card(p);
    expect(c.areas[0]).toMatchObject({ grade: null, status: 'Non valutabile' });
    expect(c.areas[0].rows[0]).toMatchObject({ grade: null, status: 'Non valutabile', warnings: 1 });
    expect(c.total).toMatchObject({ grade: null, status: 'Non valutabile' });
  });
  it('counts errors and warnings per objective; findings without an objective count in the total only', () => {
    const p = plan([objective('A', [indicator({ row: 10, weight: pct(0.5) }), indicator({ row: 11, weight: pct(0.4), actual: missing('n.d.') })], { row: 9 })]);
    const grades = gradePlan(p, P);
    const findings = [...validatePlan(p, grades), finding('TARGET_MISSING', 'Piano', 'Z1', 'Foglio «Piano», cella Z1: …')];
    const c = buildScorecard(p, grades, findings, P);
    expect(c.areas[0].rows[0]).toMatchObject({ errors: 1, warnings: 1 }); // WEIGHT_SUM, ACTUAL_MISSING
    expect(c.total).toMatchObject({ errors: 2, warnings: 1 });
  });
  it('uses the chosen policy for grades and labels; objective weights are shown', () => {
    const p = plan([objective('A', [], { level: 'area' }), objective('SG_1', [graded(0.8)], { parentId: 'A', weight: pct(0.6) }), objective('SG_2', [graded(1)], { parentId: 'A', weight: pct(0.4) })]);
    const bin = card(p, getPolicy('binaria')!);
    expect(bin.policy).toBe('binaria');
    expect(bin.areas[0].rows.map((r) => [r.weight, r.grade, r.status])).toEqual([
      [0.6, 0, 'Non raggiunto'],
      [0.4, 1, 'Raggiunto'],
    ]);
    expect(bin.areas[0].grade).toBeCloseTo(0.4, 12);
    expect(card(p).areas[0].grade).toBeCloseTo(0.6 * 0.8 + 0.4, 12);
  });
  it('builds the scorecard of a 100,000-indicator plan', () => {
    const objectives: Objective[] = [];
    let row = 1;
    for (let a = 0; a < 20; a++) {
      objectives.push(objective(`A${a}`, [], { row: row++, level: 'area' }));
      for (let o = 0; o < 1000; o++) {
        const orow = row++;
        objectives.push(objective(`A${a}.${o}`, [0, 1, 2, 3, 4].map(() => indicator({ row: row++ })), { row: orow, parentId: `A${a}` }));
      }
    }
    const c = card(plan(objectives));
    expect(c.areas).toHaveLength(20);
    expect(c.total).toMatchObject({ objectives: 20000, indicators: 100000, grade: 1, errors: 0, warnings: 0 });
  });
});
