import { gradeIndicator, gradePlan } from '../../../src/core/grade';
import { getPolicy, POLICIES, statusLabel } from '../../../src/core/grade/policies';
import { ind, obj, plan } from '../helpers/planBuilder';

const P = getPolicy('proporzionale')!;
const g = (target: string, actual: string, policy = P, baseline?: string) => gradeIndicator(ind({ target, actual, baseline }), policy).grade;

describe('default policy "proporzionale" (shared/domain.md)', () => {
  it('>= : met is 1, short is A/T', () => {
    expect(g('>= 70,00 %', '97,87 %')).toBe(1);
    expect(g('>= 80 %', '40 %')).toBeCloseTo(0.5, 12);
    expect(g('>= 3 N.', '4 N.')).toBe(1);
    expect(g('> 0', '-5')).toBe(0); // T <= 0 and not met
    expect(g('>= 70,00 %', '46 N. / 47 N.')).toBe(1); // a ratio against a percentage
    expect(g('>= 100,00 %', '46 N. / 47 N.')).toBeCloseTo(46 / 47, 12);
  });
  it('<= : met is 1, over is T/A', () => {
    expect(g('<= 10 gg', '5,16 gg')).toBe(1);
    expect(g('<= 10 gg', '20 gg')).toBeCloseTo(0.5, 12);
    expect(g('<= 5,00 %', '0,94 %')).toBe(1);
    expect(g('<= 0', '3')).toBe(0);
  });
  it('= within the displayed precision, else as >= when T > 0', () => {
    expect(g('= 100%', '100,00%')).toBe(1);
    expect(g('= 50%', '50,004%')).toBe(1);
    expect(g('= 50%', '40%')).toBeCloseTo(0.8, 12);
    expect(g('= 0', '2')).toBe(0);
  });
  it('deadlines and dates', () => {
    expect(g('Entro 31-12-2023', '28-12-2023')).toBe(1);
    expect(g('Entro 31-03-2023', '16-04-2023')).toBe(0);
    expect(g('<= 30.04.2025', '30/04/2025')).toBe(1);
  });
  it('yes/no, case and accent insensitive', () => {
    expect(g('= sì', 'SI')).toBe(1);
    expect(g('= si', 'no')).toBe(0);
  });
  it('a number with no operator is graded as >=', () => {
    expect(g('80%', '60%')).toBeCloseTo(0.75, 12);
  });
  it('not gradable: missing actual, unreadable target, different units', () => {
    expect(gradeIndicator(ind({ target: '>= 5', actual: 'n.d.' }), P)).toMatchObject({ grade: null, reason: 'no-actual' });
    expect(gradeIndicator(ind({ target: 'da definire', actual: '5' }), P)).toMatchObject({ grade: null, reason: 'unreadable' });
    expect(gradeIndicator(ind({ target: '>= 90%', actual: '31/12/2023' }), P)).toMatchObject({ grade: null, reason: 'unit-mismatch' });
    expect(gradeIndicator(ind({ target: 'Entro 31-12-2023', actual: '800,00 %' }), P)).toMatchObject({ grade: null, reason: 'unit-mismatch' });
  });
  it('percentage points against a % target', () => {
    expect(g('>= 90%', '45')).toBeCloseTo(0.5, 12);
  });
  it('relative targets use the baseline', () => {
    expect(g('x ≤ x-1', '0,8', P, '1')).toBe(1);
    expect(gradeIndicator(ind({ target: 'x ≤ x-1', actual: '0,8' }), P).reason).toBe('relative-no-baseline');
  });
  it('a target in words is graded by the realisation reported', () => {
    const i = ind({ actual: '60%' });
    i.target = { kind: 'target', op: null, value: { kind: 'qualitative' }, raw: 'Realizzazione del programma annuale di attività' };
    expect(gradeIndicator(i, P).grade).toBeCloseTo(0.6, 12);
  });
});

describe('policy options', () => {
  it('soglia: below the threshold counts 0', () => {
    expect(g('>= 100%', '40%', getPolicy('soglia')!)).toBe(0);
    expect(g('>= 100%', '60%', getPolicy('soglia')!)).toBeCloseTo(0.6, 12);
  });
  it('fasce: bands give fixed grades and labels', () => {
    const f = getPolicy('fasce')!;
    expect(g('>= 100%', '60%', f)).toBe(0);
    expect(g('>= 100%', '80%', f)).toBeCloseTo(0.8, 12);
    expect(statusLabel(0.8, f)).toBe('Parzialmente raggiunto');
    expect(statusLabel(1, f)).toBe('Raggiunto');
    expect(statusLabel(null, f)).toBe('Non valutabile');
  });
  it('baseline: (A-B)/(T-B)', () => {
    expect(g('>= 20', '15', getPolicy('baseline')!, '10')).toBeCloseTo(0.5, 12);
    expect(g('<= 5 gg', '8 gg', getPolicy('baseline')!, '10 gg')).toBeCloseTo(0.4, 12);
    expect(g('>= 20', '25', getPolicy('baseline')!, '10')).toBe(1);
  });
  it('binaria: met or not', () => {
    expect(g('>= 100%', '99%', getPolicy('binaria')!)).toBe(0);
    expect(g('>= 100%', '100%', getPolicy('binaria')!)).toBe(1);
  });
  it('sovraperformance: over-achievement up to the cap', () => {
    const s = getPolicy('sovraperformance')!;
    expect(g('>= 100 N.', '110 N.', s)).toBeCloseTo(1.1, 12);
    expect(g('>= 100 N.', '300 N.', s)).toBeCloseTo(1.2, 12);
    expect(g('<= 10 gg', '5 gg', s)).toBeCloseTo(1.2, 12);
  });
  it('every policy has an Italian label and a unique name', () => {
    expect(new Set(POLICIES.map((p) => p.name)).size).toBe(POLICIES.length);
    for (const p of POLICIES) expect(p.label.length).toBeGreaterThan(3);
  });
});

describe('roll-ups', () => {
  it('objective = weighted mean over gradable indicators (a missing actual leaves the weight total)', () => {
    const a = ind({ weight: '55,56%', target: '<= 10 gg', actual: '5,16 gg' });
    const b = ind({ weight: '44,44%', target: '<= 30 gg', actual: '60 gg' });
    const c = ind({ weight: '20%', target: '>= 5', actual: 'n.d.' });
    const p = plan([obj('09.12', [a, b, c])]);
    const grades = gradePlan(p, P);
    expect(grades.objectives.get('09.12')!.grade).toBeCloseTo((0.5556 * 1 + 0.4444 * 0.5) / 1.0, 6);
    expect(grades.indicators.get(c.row)!.grade).toBeNull();
  });
  it('no weights: simple mean; parents: mean of children; overall: mean of top level', () => {
    const o1 = obj('01.01', [ind({ target: '>= 10', actual: '5' }), ind({ target: '>= 10', actual: '10' })], { parentId: '01' });
    const o2 = obj('01.02', [ind({ target: '>= 10', actual: '10' })], { parentId: '01' });
    const s = obj('01', [], { level: 'strategic' });
    const grades = gradePlan(plan([s, o1, o2]), P);
    expect(grades.objectives.get('01.01')!.grade).toBeCloseTo(0.75, 12);
    expect(grades.objectives.get('01')!.grade).toBeCloseTo(0.875, 12);
    expect(grades.overall).toBeCloseTo(0.875, 12);
  });
  it('objectives with their own weights roll up weighted', () => {
    const a = obj('SG_1', [ind({ target: '>= 10', actual: '10' })], { parentId: 'A', weight: { kind: 'number', value: 0.25, unit: '%', step: 0.0001 } });
    const b = obj('SG_2', [ind({ target: '>= 10', actual: '0' })], { parentId: 'A', weight: { kind: 'number', value: 0.75, unit: '%', step: 0.0001 } });
    const grades = gradePlan(plan([obj('A', [], { level: 'area' }), a, b]), P);
    expect(grades.objectives.get('A')!.grade).toBeCloseTo(0.25, 12);
  });
  it('is linear: 100,000 indicators grade in one pass', () => {
    const objectives = Array.from({ length: 50000 }, (_, k) =>
      obj(`X${k}`, [ind({ weight: '50%', target: '>= 10', actual: '5' }), ind({ weight: '50%', target: '>= 10', actual: '10' })]),
    );
    const grades = gradePlan(plan(objectives), P);
    expect(grades.indicators.size).toBe(100000);
    expect(grades.overall).toBeCloseTo(0.75, 9);
  });
});
