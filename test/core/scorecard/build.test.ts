import { gradePlan } from '../../../src/core/grade';
import { getPolicy } from '../../../src/core/grade/policies';
import { buildScorecard } from '../../../src/core/scorecard/build';
import { validatePlan } from '../../../src/core/validate';
import { ind, obj, plan } from '../helpers/planBuilder';

describe('buildScorecard', () => {
  it('groups objectives by area, grades areas by roll-up, counts findings per objective', () => {
    const P = getPolicy('proporzionale')!;
    const area = obj('BSC1', [], { level: 'area', title: 'Utenti' });
    const s = obj('01', [], { level: 'strategic', parentId: 'BSC1' });
    const a = obj('01.01', [ind({ weight: '50%', target: '>= 10', actual: '10' }), ind({ weight: '40%', target: '>= 10', actual: '5' })], { parentId: '01' });
    const b = obj('01.02', [ind({ target: 'da definire', actual: '3' })], { parentId: '01' });
    const loose = obj('X', [ind({ target: '>= 4', actual: '2' })]);
    const p = plan([area, s, a, b, loose]);
    const grades = gradePlan(p, P);
    const findings = validatePlan(p, grades);
    const card = buildScorecard(p, grades, findings, P);
    expect(card.areas.map((x) => x.name)).toEqual(['BSC1 – Utenti', 'Piano']); // X has no area above it
    const [utenti] = card.areas;
    expect(utenti.rows.map((r) => r.code)).toEqual(['01.01', '01.02']);
    expect(utenti.rows[0]).toMatchObject({ grade: expect.closeTo((0.5 + 0.4 * 0.5) / 0.9, 9), status: 'Parzialmente raggiunto', errors: 1, warnings: 0, indicators: 2 });
    expect(utenti.rows[1]).toMatchObject({ grade: null, status: 'Non valutabile', errors: 1 });
    expect(utenti.grade).toBeCloseTo(grades.objectives.get('BSC1')!.grade!, 12);
    expect(card.total).toMatchObject({ objectives: 3, indicators: 4, errors: 2, grade: grades.overall });
  });
});
