import { finding, type Finding } from '../findings';
import type { Value } from '../values/types';
import { indicatorName, indicators, objectiveLabel, pct, where, type Rule } from './rule';

/** more than 0,5 points apart */
const TOLERANCE = 0.005;

function stated(v: Value | null): number | null {
  return v && v.kind === 'number' && Number.isFinite(v.value) ? v.value : null;
}

const differs = (s: number | null, g: number | null | undefined): s is number => s !== null && g !== null && g !== undefined && Math.abs(s - g) > TOLERANCE + 1e-9;

/**
 * GRADE_MISMATCH: a stated grade (indicator or objective) that differs from the computed one by more than
 * 0,5 points. ctx.grades are the default policy's: the sources state grades that way
 * (seed 002, 13.02: 0,00% against >= 90% stated 100%).
 */
export const GradeMismatchRule: Rule = {
  code: 'GRADE_MISMATCH',
  check(plan, { grades }) {
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      const s = stated(i.statedGrade);
      const g = grades.indicators.get(i.row)?.grade;
      if (!differs(s, g) || !i.gradeCell) continue;
      out.push(finding('GRADE_MISMATCH', plan.sheet, i.gradeCell, `${where(plan, i.gradeCell)}: il grado dichiarato ${pct(s)} dell’indicatore ${indicatorName(i)} differisce da quello calcolato ${pct(g!)}.`, o.id));
    }
    for (const o of plan.objectives) {
      const s = stated(o.statedGrade);
      const g = grades.objectives.get(o.id)?.grade;
      if (!differs(s, g) || !o.statedGradeCell) continue;
      out.push(finding('GRADE_MISMATCH', plan.sheet, o.statedGradeCell, `${where(plan, o.statedGradeCell)}: il grado dichiarato ${pct(s)} dell’${objectiveLabel(o)} differisce da quello calcolato ${pct(g!)}.`, o.id));
    }
    return out;
  },
};
