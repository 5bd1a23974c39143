import type { Finding } from '../findings';
import { statusLabel } from '../grade/policies';
import type { PlanGrades, Policy } from '../grade/types';
import type { Objective, SheetPlan } from '../plan';
import type { Scorecard, ScorecardArea, ScorecardRow } from './model';

/**
 * One row per objective that holds indicators, grouped by its top-level ancestor (the area);
 * each area graded as the plan's roll-up of that ancestor, the total as the plan's overall grade.
 */
export function buildScorecard(plan: SheetPlan, grades: PlanGrades, findings: Finding[], policy: Policy): Scorecard {
  const byId = new Map(plan.objectives.map((o) => [o.id, o]));
  const top = (o: Objective): Objective | null => {
    let x = o;
    for (let guard = 0; x.parentId && guard < 50; guard++) {
      const p = byId.get(x.parentId);
      if (!p) break;
      x = p;
    }
    return x === o ? null : x;
  };
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const f of findings) {
    if (!f.objectiveId) continue;
    const c = counts.get(f.objectiveId) ?? { errors: 0, warnings: 0 };
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    counts.set(f.objectiveId, c);
  }
  const areas = new Map<string, ScorecardArea>();
  for (const o of plan.objectives) {
    if (o.indicators.length === 0) continue;
    const t = top(o);
    const key = t?.id ?? '';
    let area = areas.get(key);
    if (!area) {
      const g = t ? grades.objectives.get(t.id)?.grade ?? null : null;
      area = { name: t ? (t.code ? `${t.code} – ${t.title}` : t.title) : 'Piano', grade: g, status: '', rows: [] };
      areas.set(key, area);
    }
    const grade = grades.objectives.get(o.id)?.grade ?? null;
    const c = counts.get(o.id) ?? { errors: 0, warnings: 0 };
    const row: ScorecardRow = {
      objectiveId: o.id,
      code: o.code,
      title: o.title,
      level: o.level,
      weight: o.weight?.kind === 'number' ? o.weight.value : null,
      grade,
      status: statusLabel(grade, policy),
      errors: c.errors,
      warnings: c.warnings,
      indicators: o.indicators.length,
    };
    area.rows.push(row);
  }
  for (const a of areas.values()) {
    if (a.name === 'Piano' || a.grade === null) {
      const gs = a.rows.map((r) => r.grade).filter((g): g is number => g !== null);
      a.grade = gs.length ? gs.reduce((s, g) => s + g, 0) / gs.length : null;
    }
    a.status = statusLabel(a.grade, policy);
  }
  const rows = [...areas.values()].flatMap((a) => a.rows);
  return {
    sheet: plan.sheet,
    layout: plan.layout,
    policy: policy.name,
    areas: [...areas.values()],
    total: {
      grade: grades.overall,
      status: statusLabel(grades.overall, policy),
      objectives: rows.length,
      indicators: rows.reduce((s, r) => s + r.indicators, 0),
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    },
  };
}
