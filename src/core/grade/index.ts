import type { Indicator, Objective, SheetPlan } from '../plan';
import { gradeIndicator } from './indicator';
import type { IndicatorGrade, ObjectiveGrade, PlanGrades, Policy } from './types';

export { gradeIndicator } from './indicator';
export { POLICIES, DEFAULT_BANDS, getPolicy, statusLabel } from './policies';
export type { PlanGrades, Policy, IndicatorGrade, ObjectiveGrade, Band, NotGradable } from './types';

/** A weight usable for averaging: a number, not negative (WEIGHT_INVALID reports the others). */
const usableWeight = (v: Indicator['weight']): number | null => (v && v.kind === 'number' && Number.isFinite(v.value) && v.value >= 0 ? v.value : null);

interface Item {
  grade: number;
  weight: number;
}

/**
 * Weighted mean of the gradable items when `weighted` (all siblings carry a usable weight) and their
 * weights do not all vanish, else the simple mean. Items without a grade are left out: their weight
 * leaves the total, as the sources do for a missing consuntivo.
 */
function mean(items: Item[], weighted: boolean): { grade: number; weightUsed: number } | null {
  if (items.length === 0) return null;
  if (weighted) {
    let w = 0;
    let s = 0;
    for (const i of items) {
      w += i.weight;
      s += i.grade * i.weight;
    }
    if (w > 0) return { grade: s / w, weightUsed: w };
  }
  let s = 0;
  for (const i of items) s += i.grade;
  return { grade: s / items.length, weightUsed: 0 };
}

/**
 * Objectives in an order where every child comes before its parent: bucketed by depth, deepest first.
 * The plan lists parents before children, but this does not rely on it; a parentId that points nowhere
 * makes the objective top-level, one that loops cannot hang it. Linear in the number of objectives.
 */
function childrenFirst(objectives: Objective[], byId: Map<string, Objective>): Objective[] {
  const depth = new Map<string, number>();
  for (const o of objectives) {
    if (depth.has(o.id)) continue;
    const path: Objective[] = [];
    const onPath = new Set<string>();
    let x: Objective | undefined = o;
    while (x && !depth.has(x.id) && !onPath.has(x.id)) {
      path.push(x);
      onPath.add(x.id);
      x = x.parentId ? byId.get(x.parentId) : undefined;
    }
    let d = x && depth.has(x.id) ? depth.get(x.id)! + 1 : 0;
    for (let k = path.length - 1; k >= 0; k--) depth.set(path[k].id, d++);
  }
  const buckets: Objective[][] = [];
  for (const o of objectives) (buckets[depth.get(o.id)!] ??= []).push(o);
  const out: Objective[] = [];
  for (let d = buckets.length - 1; d >= 0; d--) if (buckets[d]) out.push(...buckets[d]);
  return out;
}

/**
 * Indicator grades, objective grades, parents' roll-ups and the overall grade.
 * - An objective with indicators: sum(w_i g_i) / sum(w_i) over its gradable indicators, when EVERY
 *   indicator of the objective has a usable weight; if any lacks one the weights are not a complete
 *   scheme, so the simple mean is used (as for objectives with no weights at all). Capped at the policy cap.
 * - An objective without indicators (strategic objective, area): mean of its children's grades, weighted
 *   by the children's own weights when every child has one, else simple. An objective that holds
 *   indicators is graded on them even when it also has children.
 * - overall: simple mean of the top-level objectives (parentId null) that have a grade.
 * Linear in the plan's size: maps only, no nested scans.
 */
export function gradePlan(plan: SheetPlan, policy: Policy): PlanGrades {
  const cap = policy.cap ?? 1;
  const indicators = new Map<number, IndicatorGrade>();
  const objectives = new Map<string, ObjectiveGrade>();
  const byId = new Map<string, Objective>();
  for (const o of plan.objectives) byId.set(o.id, o);
  const children = new Map<string, Objective[]>();
  for (const o of plan.objectives) {
    if (!o.parentId || !byId.has(o.parentId) || o.parentId === o.id) continue;
    const list = children.get(o.parentId);
    if (list) list.push(o);
    else children.set(o.parentId, [o]);
  }
  for (const o of childrenFirst(plan.objectives, byId)) {
    const items: Item[] = [];
    let weighted = true;
    if (o.indicators.length > 0) {
      for (const ind of o.indicators) {
        const g = gradeIndicator(ind, policy);
        indicators.set(ind.row, g);
        const w = usableWeight(ind.weight);
        if (w === null) weighted = false;
        if (g.grade !== null) items.push({ grade: g.grade, weight: w ?? 0 });
      }
    } else {
      for (const c of children.get(o.id) ?? []) {
        const w = usableWeight(c.weight);
        if (w === null) weighted = false;
        const g = objectives.get(c.id)?.grade;
        if (g !== null && g !== undefined) items.push({ grade: g, weight: w ?? 0 });
      }
    }
    const m = mean(items, weighted);
    objectives.set(o.id, { id: o.id, grade: m ? Math.min(cap, m.grade) : null, weightUsed: m?.weightUsed ?? 0 });
  }
  let sum = 0;
  let n = 0;
  for (const o of plan.objectives) {
    if (o.parentId && byId.has(o.parentId) && o.parentId !== o.id) continue;
    const g = objectives.get(o.id)?.grade;
    if (g === null || g === undefined) continue;
    sum += g;
    n++;
  }
  return { policy: policy.name, indicators, objectives, overall: n ? sum / n : null };
}
