import type { Objective, SheetPlan } from '../plan';
import { gradeIndicator } from './indicator';
import type { IndicatorGrade, ObjectiveGrade, PlanGrades, Policy } from './types';

export { gradeIndicator } from './indicator';
export type { PlanGrades, Policy, IndicatorGrade, ObjectiveGrade } from './types';

const weightOf = (v: Objective['weight']): number | null => (v && v.kind === 'number' && v.value >= 0 ? v.value : null);

/** Weighted mean when every item has a weight (and they are not all zero), else the simple mean. */
function mean(items: { grade: number; weight: number | null }[]): { grade: number; weightUsed: number } | null {
  if (items.length === 0) return null;
  const weighted = items.every((i) => i.weight !== null) && items.some((i) => (i.weight ?? 0) > 0);
  if (weighted) {
    const w = items.reduce((s, i) => s + (i.weight ?? 0), 0);
    return { grade: items.reduce((s, i) => s + i.grade * (i.weight ?? 0), 0) / w, weightUsed: w };
  }
  return { grade: items.reduce((s, i) => s + i.grade, 0) / items.length, weightUsed: 0 };
}

/**
 * Indicator grades, objective grades (weighted over gradable indicators: one without an actual leaves the
 * weight total), then parents as the mean of their children, bottom-up. Linear in the plan's size.
 */
export function gradePlan(plan: SheetPlan, policy: Policy): PlanGrades {
  const cap = policy.cap ?? 1;
  const indicators = new Map<number, IndicatorGrade>();
  const objectives = new Map<string, ObjectiveGrade>();
  const children = new Map<string, Objective[]>();
  for (const o of plan.objectives) {
    if (o.parentId) {
      const list = children.get(o.parentId);
      if (list) list.push(o);
      else children.set(o.parentId, [o]);
    }
  }
  // the list has parents before children: walk it backwards so children are graded first
  for (let k = plan.objectives.length - 1; k >= 0; k--) {
    const o = plan.objectives[k];
    let m: { grade: number; weightUsed: number } | null;
    if (o.indicators.length > 0) {
      const items: { grade: number; weight: number | null }[] = [];
      for (const ind of o.indicators) {
        const g = gradeIndicator(ind, policy);
        indicators.set(ind.row, g);
        if (g.grade !== null) items.push({ grade: g.grade, weight: weightOf(ind.weight) });
      }
      m = mean(items);
    } else {
      const items: { grade: number; weight: number | null }[] = [];
      for (const c of children.get(o.id) ?? []) {
        const g = objectives.get(c.id)?.grade;
        if (g !== null && g !== undefined) items.push({ grade: g, weight: weightOf(c.weight) });
      }
      m = mean(items);
    }
    objectives.set(o.id, { id: o.id, grade: m ? Math.min(cap, m.grade) : null, weightUsed: m?.weightUsed ?? 0 });
  }
  const tops = plan.objectives.filter((o) => !o.parentId).map((o) => objectives.get(o.id)?.grade).filter((g): g is number => g !== null && g !== undefined);
  const overall = tops.length ? tops.reduce((s, g) => s + g, 0) / tops.length : null;
  return { policy: policy.name, indicators, objectives, overall };
}
