import { gradePlan } from '../../../src/core/grade';
import { getPolicy } from '../../../src/core/grade/policies';
import type { Objective, SheetPlan } from '../../../src/core/plan';
import { indicator, missing, num, objective, pct, plan, seed002, target, unreadable } from '../helpers/planBuilder';

const P = getPolicy('proporzionale')!;
/** an indicator graded `g` (target >= 100, actual 100 g), with a weight when given */
const graded = (g: number, weight: number | null = null) => indicator({ target: target('>=', num(100)), actual: num(100 * g, null, 4), weight: weight === null ? null : pct(weight) });
const ungraded = (weight: number | null = null) => indicator({ actual: missing('n.d.'), weight: weight === null ? null : pct(weight) });
const gradeOf = (p: SheetPlan, id: string) => gradePlan(p, P).objectives.get(id)!;

describe('seed 002 excerpt', () => {
  const p = seed002();
  const grades = gradePlan(p, P);
  it('met objectives grade 100%: 07.01 (5 x 20%), 09.05 (800% vs 100%), 09.12 (55,56/44,44), 09.14, 09.19, 10.11', () => {
    for (const id of ['07.01', '09.05', '09.12', '09.14', '09.19', '10.11']) expect([id, grades.objectives.get(id)!.grade]).toEqual([id, 1]);
  });
  it('13.02: 0,00 % against >= 90,00 % grades 0', () => {
    expect(grades.objectives.get('13.02')!.grade).toBe(0);
  });
  it('rolls up: strategic and area objectives, overall = mean of the three BSC perspectives', () => {
    expect(grades.objectives.get('09')!.grade).toBe(1);
    expect(grades.objectives.get('032')!.grade).toBe(1);
    expect(grades.objectives.get('13')!.grade).toBe(0);
    expect(grades.objectives.get('BSC2')!.grade).toBe(0);
    expect(grades.overall).toBeCloseTo(2 / 3, 12);
  });
  it('weights used are the gradable weights: 09.14 sums to 100,00%', () => {
    expect(grades.objectives.get('09.14')!.weightUsed).toBeCloseTo(1, 12);
    expect(grades.objectives.get('09.12')!.weightUsed).toBeCloseTo(1, 12);
  });
  it('grades every indicator by row', () => {
    const rows = p.objectives.flatMap((o) => o.indicators.map((i) => i.row));
    expect([...grades.indicators.keys()].sort((a, b) => a - b)).toEqual(rows.sort((a, b) => a - b));
    expect(grades.policy).toBe('proporzionale');
  });
  it('09.12 weighted 55,56/44,44 when the second indicator is at half', () => {
    const q = seed002();
    const o = q.objectives.find((x) => x.id === '09.12')!;
    o.indicators[1].actual = num(60, 'gg', 2); // <= 30 gg: 30/60
    expect(gradeOf(q, '09.12').grade).toBeCloseTo(0.5556 + 0.4444 * 0.5, 12);
  });
});

describe('objective grade from its indicators', () => {
  it('weighted mean over the gradable indicators: a missing actual leaves the weight total', () => {
    const p = plan([objective('A', [graded(1, 0.5), graded(0.5, 0.3), ungraded(0.2)])]);
    const o = gradeOf(p, 'A');
    expect(o.grade).toBeCloseTo((0.5 * 1 + 0.3 * 0.5) / 0.8, 12);
    expect(o.weightUsed).toBeCloseTo(0.8, 12);
  });
  it('no weights: simple mean', () => {
    expect(gradeOf(plan([objective('A', [graded(1), graded(0.5), graded(0)])]), 'A').grade).toBeCloseTo(0.5, 12);
  });
  it('any indicator without a usable weight: simple mean (the weights are not a complete scheme)', () => {
    expect(gradeOf(plan([objective('A', [graded(1, 0.8), graded(0)])]), 'A').grade).toBeCloseTo(0.5, 12);
    const unreadableWeight = graded(0);
    unreadableWeight.weight = unreadable('alto');
    expect(gradeOf(plan([objective('A', [graded(1, 0.8), unreadableWeight])]), 'A').grade).toBeCloseTo(0.5, 12);
    expect(gradeOf(plan([objective('A', [graded(1, 0.8), graded(0, -0.2)])]), 'A').grade).toBeCloseTo(0.5, 12);
    // an ungraded indicator without weight also makes it unweighted
    expect(gradeOf(plan([objective('A', [graded(1, 0.8), graded(0.5, 0.2), ungraded()])]), 'A').grade).toBeCloseTo(0.75, 12);
  });
  it('weights of the gradable indicators all zero: simple mean', () => {
    expect(gradeOf(plan([objective('A', [graded(1, 0), graded(0.5, 0), ungraded(1)])]), 'A').grade).toBeCloseTo(0.75, 12);
  });
  it('weights that do not sum to 100% are normalised', () => {
    expect(gradeOf(plan([objective('A', [graded(1, 0.5), graded(0, 0.45)])]), 'A').grade).toBeCloseTo(0.5 / 0.95, 12);
  });
  it('no gradable indicator: null', () => {
    expect(gradeOf(plan([objective('A', [ungraded(0.5), ungraded(0.5)])]), 'A')).toEqual({ id: 'A', grade: null, weightUsed: 0 });
  });
  it('capped at the policy cap', () => {
    const over = () => indicator({ target: target('>=', num(100)), actual: num(500) });
    const S = getPolicy('sovraperformance')!;
    expect(gradePlan(plan([objective('A', [over(), over()])]), S).objectives.get('A')!.grade).toBeCloseTo(1.2, 12);
    expect(gradePlan(plan([objective('A', [over(), over()])]), P).objectives.get('A')!.grade).toBe(1);
    const capped = { ...S, name: 'x', cap: 1.1 };
    expect(gradePlan(plan([objective('A', [over()])]), capped).objectives.get('A')!.grade).toBeCloseTo(1.1, 12);
  });
});

describe('parents', () => {
  const child = (id: string, g: number, parentId: string, weight: number | null = null): Objective =>
    objective(id, [graded(g)], { parentId, weight: weight === null ? null : pct(weight) });
  const head = (id: string, parentId: string | null = null, level: Objective['level'] = 'strategic') => objective(id, [], { parentId, level });

  it('unweighted children: simple mean', () => {
    const p = plan([head('01'), child('01.01', 1, '01'), child('01.02', 0.5, '01')]);
    expect(gradeOf(p, '01').grade).toBeCloseTo(0.75, 12);
  });
  it('children all weighted: weighted mean by the children\'s own weight', () => {
    const p = plan([head('A', null, 'area'), child('SG_1', 1, 'A', 0.25), child('SG_2', 0, 'A', 0.75)]);
    expect(gradeOf(p, 'A').grade).toBeCloseTo(0.25, 12);
    expect(gradeOf(p, 'A').weightUsed).toBeCloseTo(1, 12);
  });
  it('one child without a weight: simple mean', () => {
    const p = plan([head('A'), child('a', 1, 'A', 0.25), child('b', 0, 'A')]);
    expect(gradeOf(p, 'A').grade).toBeCloseTo(0.5, 12);
  });
  it('children without a grade are left out; none graded: null', () => {
    const p = plan([head('A'), child('a', 0.4, 'A'), objective('b', [ungraded()], { parentId: 'A' }), head('B'), objective('c', [ungraded()], { parentId: 'B' })]);
    expect(gradeOf(p, 'A').grade).toBeCloseTo(0.4, 12);
    expect(gradeOf(p, 'B').grade).toBeNull();
  });
  it('three levels, and the overall grade is the mean of the top level only', () => {
    const p = plan([
      head('BSC1', null, 'area'),
      head('01', 'BSC1'),
      child('01.01', 1, '01'),
      child('01.02', 0, '01'),
      head('02', 'BSC1'),
      child('02.01', 1, '02'),
      head('BSC2', null, 'area'),
      head('03', 'BSC2'),
      child('03.01', 0.2, '03'),
    ]);
    const grades = gradePlan(p, P);
    expect(grades.objectives.get('BSC1')!.grade).toBeCloseTo(0.75, 12); // (0,5 + 1) / 2
    expect(grades.objectives.get('BSC2')!.grade).toBeCloseTo(0.2, 12);
    expect(grades.overall).toBeCloseTo((0.75 + 0.2) / 2, 12);
  });
  it('does not depend on parents being listed before children', () => {
    const ordered = plan([head('A'), child('a', 1, 'A'), child('b', 0.5, 'A'), head('Z', 'A'), child('z', 0, 'Z')]);
    const reversed = plan([...ordered.objectives].reverse());
    expect(gradeOf(reversed, 'A').grade).toBeCloseTo(gradeOf(ordered, 'A').grade!, 12);
    expect(gradeOf(reversed, 'A').grade).toBeCloseTo(0.5, 12);
  });
  it('an objective holding indicators is graded on them, even with children', () => {
    const p = plan([objective('S', [graded(0.3)]), child('S.1', 1, 'S')]);
    expect(gradeOf(p, 'S').grade).toBeCloseTo(0.3, 12);
  });
  it('a parent that does not exist makes the objective top-level; a loop does not hang', () => {
    const p = plan([child('a', 0.6, 'missing-parent'), head('X', 'Y'), head('Y', 'X')]);
    const grades = gradePlan(p, P);
    expect(grades.overall).toBeCloseTo(0.6, 12);
    expect(grades.objectives.get('X')!.grade).toBeNull();
  });
  it('no graded objective: overall null', () => {
    expect(gradePlan(plan([objective('A', [ungraded()])]), P).overall).toBeNull();
    expect(gradePlan(plan([]), P).overall).toBeNull();
  });
});

describe('size', () => {
  it('grades 100,000 indicators (10 areas, 1,000 strategic, 20,000 operative objectives) in one pass', () => {
    const objectives: Objective[] = [];
    let row = 1;
    for (let a = 0; a < 10; a++) {
      objectives.push(objective(`A${a}`, [], { row: row++, level: 'area' }));
      for (let s = 0; s < 100; s++) {
        const sid = `A${a}.${s}`;
        objectives.push(objective(sid, [], { row: row++, level: 'strategic', parentId: `A${a}` }));
        for (let o = 0; o < 20; o++) {
          const ids = row++;
          const inds = [0, 1, 2, 3, 4].map((k) => indicator({ row: row++, weight: pct(0.2), target: target('>=', num(10)), actual: num(k < 4 ? 10 : 5) }));
          objectives.push(objective(`${sid}.${o}`, inds, { row: ids, parentId: sid }));
        }
      }
    }
    const grades = gradePlan(plan(objectives), P);
    expect(grades.indicators.size).toBe(100000);
    expect(grades.objectives.size).toBe(objectives.length);
    expect(grades.overall).toBeCloseTo(0.9, 9); // 4 x 20% met + 20% at half
  });
});
