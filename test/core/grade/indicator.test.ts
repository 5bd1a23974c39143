import { gradeIndicator } from '../../../src/core/grade';
import { getPolicy } from '../../../src/core/grade/policies';
import type { Indicator } from '../../../src/core/plan';
import type { Op, Target } from '../../../src/core/values/types';
import { date, indicator, missing, num, pct, ratio, target, unreadable, yes } from '../helpers/planBuilder';

/** Every branch of the default "proporzionale" policy (shared/domain.md), on values built directly. */
const P = getPolicy('proporzionale')!;
const grade = (over: Partial<Indicator>) => gradeIndicator(indicator(over), P);
const g = (op: Op | null, T: Target['value'], A: Indicator['actual']) => grade({ target: target(op, T), actual: A }).grade;

describe('>= and >', () => {
  it.each(['>=', '>'] as const)('%s: met is 1, short is A/T, never below 0', (op) => {
    expect(g(op, num(10), num(10))).toBe(1);
    expect(g(op, num(10), num(25))).toBe(1); // capped at 1 by the default policy
    expect(g(op, num(10), num(4))).toBeCloseTo(0.4, 12);
    expect(g(op, num(10), num(-3))).toBe(0);
  });
  it('a target at or below zero that is missed grades 0', () => {
    expect(g('>=', num(0), num(-1))).toBe(0);
    expect(g('>=', num(-5), num(-8))).toBe(0);
    expect(g('>=', num(-5), num(-5))).toBe(1);
  });
  it('seed 002: 09.05 "800,00 %" against ">= 100,00 %" is met', () => {
    expect(g('>=', pct(1), pct(8))).toBe(1);
  });
  it('seed 002: 13.02 "0,00 %" against ">= 90,00 %" is 0', () => {
    expect(g('>=', pct(0.9), pct(0))).toBe(0);
  });
});

describe('<= and <', () => {
  it.each(['<=', '<'] as const)('%s: met is 1, over is T/A', (op) => {
    expect(g(op, num(10, 'gg'), num(5.16, 'gg', 2))).toBe(1);
    expect(g(op, num(10, 'gg'), num(10, 'gg'))).toBe(1);
    expect(g(op, num(10, 'gg'), num(40, 'gg'))).toBeCloseTo(0.25, 12);
  });
  it('T <= 0 missed grades 0; a non-positive actual meets a positive target', () => {
    expect(g('<=', num(0), num(3))).toBe(0);
    expect(g('<=', num(-2), num(-1))).toBe(0);
    expect(g('<=', num(5), num(0))).toBe(1);
  });
  it('seed 002: 10.11 "0,94 %" against "<= 5,00 %" is met; 6% would be 5/6', () => {
    expect(g('<=', pct(0.05), pct(0.0094))).toBe(1);
    expect(g('<=', pct(0.05), pct(0.06))).toBeCloseTo(5 / 6, 12);
  });
  it('"entro" on a number is a ceiling', () => {
    expect(g('entro', num(30, 'gg'), num(20, 'gg'))).toBe(1);
    expect(g('entro', num(30, 'gg'), num(60, 'gg'))).toBeCloseTo(0.5, 12);
  });
});

describe('= on numbers', () => {
  it('equal as displayed: within half the target step', () => {
    expect(g('=', pct(0.5), pct(0.50004, 3))).toBe(1);
    expect(g('=', pct(0.5), { ...pct(0.5), value: 0.50006 })).toBeCloseTo(1, 12); // beyond: as >=, above the target
    expect(g('=', num(100), num(100.4, null, 1))).toBe(1); // target "100" step 1: ±0,5
    expect(g('=', num(100, null, 2), num(100.4, null, 2))).toBe(1); // still met: as >= when above
  });
  it('uses the coarser of the two steps', () => {
    // actual "98 %" (step 1 point) against "= 98,4 %": equal as displayed
    expect(g('=', pct(0.984, 1), pct(0.98, 0))).toBe(1);
    // both at 2 decimals: 98,00% against 98,40% is not equal, graded as >=
    expect(g('=', pct(0.984), pct(0.98))).toBeCloseTo(0.98 / 0.984, 12);
  });
  it('not equal and below: as >= when T > 0, else 0', () => {
    expect(g('=', num(50), num(40))).toBeCloseTo(0.8, 12);
    expect(g('=', num(0), num(2))).toBe(0);
    expect(g('=', num(0), num(0))).toBe(1);
  });
});

describe('no operator', () => {
  it('a number with no operator is graded as >=', () => {
    expect(g(null, pct(0.8), pct(0.6))).toBeCloseTo(0.75, 12);
    expect(g(null, pct(0.8), pct(0.9))).toBe(1);
  });
});

describe('dates and deadlines', () => {
  it.each(['entro', null, '<=', '='] as const)('%s with a date: on or before the date is 1, after is 0', (op) => {
    expect(g(op, date('2023-12-31'), date('2023-12-20'))).toBe(1);
    expect(g(op, date('2023-12-31'), date('2023-12-31'))).toBe(1);
    expect(g(op, date('2023-03-31'), date('2023-04-16'))).toBe(0);
  });
  it('">=" a date means not before it', () => {
    expect(g('>=', date('2023-06-01'), date('2023-07-01'))).toBe(1);
    expect(g('>=', date('2023-06-01'), date('2023-05-01'))).toBe(0);
  });
});

describe('yes/no', () => {
  it('equal is 1, different is 0', () => {
    expect(g('=', yes(), yes())).toBe(1);
    expect(g(null, yes(false), yes(false))).toBe(1);
    expect(g('=', yes(), yes(false))).toBe(0);
  });
});

describe('units', () => {
  it('a ratio "46 N. / 47 N." is a percentage', () => {
    expect(g('>=', pct(0.7), ratio(46, 47))).toBe(1);
    expect(g('>=', pct(1), ratio(46, 47))).toBeCloseTo(46 / 47, 12);
  });
  it('a plain number above 1.5 against a % target is percentage points', () => {
    expect(g('>=', pct(0.9), num(98))).toBe(1);
    expect(g('>=', pct(0.9), num(45))).toBeCloseTo(0.5, 12);
    expect(g('>=', pct(0.9), num(0.45, null, 2))).toBeCloseTo(0.5, 12); // a fraction stays a fraction
    // the actual's step is rescaled too: "97" is 97,0% ± 0,5 points, not ± 50 points
    expect(g('=', pct(0.98), num(97))).toBeCloseTo(0.97 / 0.98, 12);
    expect(g('=', pct(0.98), num(98))).toBe(1);
  });
  it('a plain target above 1.5 against a % actual is percentage points', () => {
    expect(g('>=', num(90), pct(0.95))).toBe(1);
    expect(g('>=', num(90), pct(0.45))).toBeCloseTo(0.5, 12);
  });
  it('counts "N." compare with plain numbers', () => {
    expect(g('>=', num(3), num(4, 'n'))).toBe(1);
    expect(g('>=', num(6, 'n'), num(3))).toBeCloseTo(0.5, 12);
  });
  it('different measures are not comparable', () => {
    const cases: [Target['value'], Indicator['actual']][] = [
      [pct(0.9), date('2023-12-31')], // a date actual for a % target
      [date('2023-12-31'), pct(8)], // "800,00 %" for a deadline
      [num(10, 'gg'), num(100, '€')],
      [pct(0.9), num(5, 'gg')],
      [num(2, 'h'), num(2, 'gg')],
      [yes(), pct(1)],
      [num(3), yes()],
    ];
    for (const [T, A] of cases) expect(grade({ target: target('>=', T), actual: A })).toMatchObject({ grade: null, reason: 'unit-mismatch' });
  });
});

describe('not gradable', () => {
  it('no actual: blank or n.d.', () => {
    expect(grade({ actual: null })).toMatchObject({ grade: null, reason: 'no-actual' });
    expect(grade({ actual: missing('n.d.') })).toMatchObject({ grade: null, reason: 'no-actual' });
  });
  it('no target: no column or an empty cell', () => {
    expect(grade({ target: null })).toMatchObject({ grade: null, reason: 'no-target' });
    expect(grade({ target: missing('') })).toMatchObject({ grade: null, reason: 'no-target' });
  });
  it('unreadable actual or target', () => {
    expect(grade({ target: unreadable('da definire') })).toMatchObject({ grade: null, reason: 'unreadable' });
    expect(grade({ actual: unreadable('circa dieci') })).toMatchObject({ grade: null, reason: 'unreadable' });
  });
  it('keeps the row', () => {
    const i = indicator({ actual: null });
    expect(gradeIndicator(i, P).row).toBe(i.row);
  });
});

describe('relative targets', () => {
  it('"x ≤ x-1" and "≥ a medio" compare with the baseline', () => {
    const prev = target('<=', { kind: 'relative', ref: 'previous' }, 'x ≤ x-1');
    expect(grade({ target: prev, actual: num(8), baseline: num(10) }).grade).toBe(1);
    expect(grade({ target: prev, actual: num(20), baseline: num(10) }).grade).toBeCloseTo(0.5, 12);
    const avg = target('>=', { kind: 'relative', ref: 'average' }, '≥ a medio');
    expect(grade({ target: avg, actual: pct(0.3), baseline: pct(0.6) }).grade).toBeCloseTo(0.5, 12);
  });
  it('without a numeric baseline: not gradable', () => {
    const prev = target('<=', { kind: 'relative', ref: 'previous' }, 'x ≤ x-1');
    expect(grade({ target: prev, actual: num(8), baseline: null })).toMatchObject({ grade: null, reason: 'relative-no-baseline' });
    expect(grade({ target: prev, actual: num(8), baseline: missing('n.d.') })).toMatchObject({ grade: null, reason: 'relative-no-baseline' });
  });
});

describe('targets in words', () => {
  const words = target(null, { kind: 'qualitative' }, 'Realizzazione del programma annuale');
  it('graded by the realisation reported', () => {
    expect(grade({ target: words, actual: pct(0.6) }).grade).toBeCloseTo(0.6, 12);
    expect(grade({ target: words, actual: pct(1.3) }).grade).toBe(1);
    expect(grade({ target: words, actual: yes() }).grade).toBe(1);
    expect(grade({ target: words, actual: yes(false) }).grade).toBe(0);
    expect(grade({ target: words, actual: date('2023-12-31') }).reason).toBe('unit-mismatch');
  });
});
