import { gradeIndicator } from '../../../src/core/grade';
import { DEFAULT_BANDS, getPolicy, POLICIES, statusLabel } from '../../../src/core/grade/policies';
import type { Policy } from '../../../src/core/grade/types';
import type { Indicator } from '../../../src/core/plan';
import type { Op, Target } from '../../../src/core/values/types';
import { date, indicator, num, pct, target } from '../helpers/planBuilder';

const policy = (name: string) => {
  const p = getPolicy(name);
  if (!p) throw new Error(`no policy ${name}`);
  return p;
};
const g = (p: Policy, op: Op | null, T: Target['value'], A: Indicator['actual'], baseline: Indicator['baseline'] = null) =>
  gradeIndicator(indicator({ target: target(op, T), actual: A, baseline }), p).grade;

describe('the policy list', () => {
  it('has the six policies, "proporzionale" first and labelled "Proporzionale"', () => {
    expect(POLICIES.map((p) => p.name)).toEqual(['proporzionale', 'soglia', 'fasce', 'baseline', 'binaria', 'sovraperformance']);
    expect(getPolicy('proporzionale')!.label).toBe('Proporzionale');
    for (const p of POLICIES) expect(p.label).toMatch(/^[A-Z]/);
    expect(new Set(POLICIES.map((p) => p.label)).size).toBe(POLICIES.length);
  });
  it('getPolicy: unknown names give null', () => {
    expect(getPolicy('nessuna')).toBeNull();
    expect(getPolicy('')).toBeNull();
    expect(getPolicy('Proporzionale')).toBeNull(); // names are identifiers, labels are for people
  });
});

describe('statusLabel with the default bands', () => {
  const P = policy('proporzionale');
  it.each([
    [1, 'Raggiunto'],
    [1.2, 'Raggiunto'],
    [0.995, 'Raggiunto'],
    [0.9949, 'Parzialmente raggiunto'],
    [0.7, 'Parzialmente raggiunto'],
    [0.6999, 'Non raggiunto'],
    [0, 'Non raggiunto'],
    [null, 'Non valutabile'],
  ])('%p -> %s', (grade, label) => expect(statusLabel(grade, P)).toBe(label));
  it('every policy without bands of its own uses the same labels', () => {
    for (const p of POLICIES.filter((x) => !x.bands)) {
      expect([statusLabel(1, p), statusLabel(0.8, p), statusLabel(0.2, p), statusLabel(null, p)]).toEqual(['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Non valutabile']);
    }
    expect(DEFAULT_BANDS.map((b) => b.label)).toEqual(['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto']);
  });
});

describe('soglia: a grade under 50% counts 0', () => {
  const S = policy('soglia');
  it('boundary at the threshold', () => {
    expect(S.threshold).toBe(0.5);
    expect(g(S, '>=', num(100), num(49))).toBe(0);
    expect(g(S, '>=', num(100), num(50))).toBeCloseTo(0.5, 12);
    expect(g(S, '>=', num(100), num(80))).toBeCloseTo(0.8, 12);
    expect(g(S, '<=', num(10, 'gg'), num(25, 'gg'))).toBe(0); // 10/25 = 40%
  });
});

describe('fasce: <70% non raggiunto (0), 70–99% parziale (as computed), 100% raggiunto (1)', () => {
  const F = policy('fasce');
  it('grades', () => {
    expect(g(F, '>=', num(100), num(69))).toBe(0);
    expect(g(F, '>=', num(100), num(70))).toBeCloseTo(0.7, 12);
    expect(g(F, '>=', num(100), num(99.6, null, 1))).toBeCloseTo(0.996, 12); // not met: stays partial
    expect(g(F, '>=', num(100), num(120))).toBe(1);
  });
  it('labels', () => {
    expect(statusLabel(0.69, F)).toBe('Non raggiunto');
    expect(statusLabel(0.7, F)).toBe('Parzialmente raggiunto');
    expect(statusLabel(0.996, F)).toBe('Parzialmente raggiunto');
    expect(statusLabel(1, F)).toBe('Raggiunto');
    expect(statusLabel(null, F)).toBe('Non valutabile');
  });
});

describe('baseline: progress (A−B)/(T−B)', () => {
  const B = policy('baseline');
  it('>= with a baseline', () => {
    expect(g(B, '>=', num(20), num(15), num(10))).toBeCloseTo(0.5, 12); // proportional would say 0.75
    expect(g(B, '>=', num(20), num(8), num(10))).toBe(0); // worse than the baseline
    expect(g(B, '>=', num(20), num(25), num(10))).toBe(1);
  });
  it('<= with a baseline (days going down)', () => {
    expect(g(B, '<=', num(5, 'gg'), num(8, 'gg'), num(10, 'gg'))).toBeCloseTo(0.4, 12);
    expect(g(B, '<=', num(5, 'gg'), num(12, 'gg'), num(10, 'gg'))).toBe(0);
  });
  it('percentages against a baseline in points', () => {
    expect(g(B, '>=', pct(0.9), pct(0.8), num(70))).toBeCloseTo(0.5, 12);
  });
  it('falls back to the default without a usable baseline or when T = B', () => {
    expect(g(B, '>=', num(20), num(15))).toBeCloseTo(0.75, 12);
    expect(g(B, '>=', num(20), num(15), num(20))).toBeCloseTo(0.75, 12);
    expect(g(B, '>=', num(20), num(15), date('2020-01-01'))).toBeCloseTo(0.75, 12);
  });
});

describe('binaria: met or not', () => {
  const Bi = policy('binaria');
  it('grades 1 or 0', () => {
    expect(g(Bi, '>=', pct(1), pct(0.99))).toBe(0);
    expect(g(Bi, '>=', pct(1), pct(1))).toBe(1);
    expect(g(Bi, '<=', num(10, 'gg'), num(11, 'gg'))).toBe(0);
    expect(g(Bi, 'entro', date('2023-12-31'), date('2023-12-30'))).toBe(1);
    expect(g(Bi, '=', num(50), num(49))).toBe(0);
  });
});

describe('sovraperformance: over-achievement up to 120%', () => {
  const S = policy('sovraperformance');
  it('>= uses A/T uncapped up to the cap', () => {
    expect(S.cap).toBe(1.2);
    expect(g(S, '>=', num(100, 'n'), num(110, 'n'))).toBeCloseTo(1.1, 12);
    expect(g(S, '>=', num(100, 'n'), num(300, 'n'))).toBeCloseTo(1.2, 12);
    expect(g(S, '>=', num(100, 'n'), num(80, 'n'))).toBeCloseTo(0.8, 12);
  });
  it('<= uses T/A', () => {
    expect(g(S, '<=', num(10, 'gg'), num(9, 'gg'))).toBeCloseTo(10 / 9, 12);
    expect(g(S, '<=', num(10, 'gg'), num(0, 'gg'))).toBe(1); // no ratio for zero: met
  });
  it('"=" and deadlines have no over-achievement', () => {
    expect(g(S, '=', num(100, null, 0), num(100.3, null, 1))).toBe(1);
    expect(g(S, 'entro', date('2023-12-31'), date('2023-01-31'))).toBe(1);
  });
});

describe('options combined in a custom policy', () => {
  it('threshold, then bands that fix a grade; bands without a grade keep the computed one', () => {
    const custom: Policy = {
      name: 'custom',
      label: 'Personalizzata',
      threshold: 0.6,
      bands: [
        { min: 0.9, label: 'Alto', grade: 1 },
        { min: 0, label: 'Basso' },
      ],
    };
    expect(g(custom, '>=', num(100), num(50))).toBe(0); // under the threshold
    expect(g(custom, '>=', num(100), num(75))).toBeCloseTo(0.75, 12);
    expect(g(custom, '>=', num(100), num(92))).toBe(1); // band "Alto"
    expect(statusLabel(0.75, custom)).toBe('Basso');
    expect(statusLabel(0.95, custom)).toBe('Alto');
  });
  it('binary wins over cap and threshold', () => {
    const p: Policy = { name: 'x', label: 'X', binary: true, cap: 1.5, threshold: 0.9 };
    expect(g(p, '>=', num(10), num(30))).toBe(1);
    expect(g(p, '>=', num(10), num(9.5, null, 1))).toBe(0);
  });
});
