import { finding, type Finding } from '../findings';
import type { Value } from '../values/types';
import { indicatorName, indicators, objectiveName, pct, where, type Rule } from './rule';

/** more than 0,5 points apart */
const TOLERANCE = 0.005;

function stated(v: Value | null): number | null {
  return v && v.kind === 'number' ? v.value : null;
}

/** A stated grade that differs from the computed one (seed 002, 13.02: 0,00% against >= 90% stated 100%). */
export const GradeMismatchRule: Rule = {
  code: 'GRADE_MISMATCH',
  check(plan, { grades }) {
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      const s = stated(i.statedGrade);
      const g = grades.indicators.get(i.row)?.grade ?? null;
      if (s === null || g === null || !i.gradeCell || Math.abs(s - g) <= TOLERANCE) continue;
      out.push(finding('GRADE_MISMATCH', plan.sheet, i.gradeCell, `${where(plan, i.gradeCell)}: il grado dichiarato ${pct(s)} dell’indicatore ${indicatorName(i)} differisce da quello calcolato ${pct(g)}.`, o.id));
    }
    for (const o of plan.objectives) {
      const s = stated(o.statedGrade);
      const g = grades.objectives.get(o.id)?.grade ?? null;
      if (s === null || g === null || !o.statedGradeCell || Math.abs(s - g) <= TOLERANCE) continue;
      out.push(finding('GRADE_MISMATCH', plan.sheet, o.statedGradeCell, `${where(plan, o.statedGradeCell)}: il grado dichiarato ${pct(s)} dell’${objectiveName(o).slice(2)} differisce da quello calcolato ${pct(g)}.`, o.id));
    }
    return out;
  },
};
