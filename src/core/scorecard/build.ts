import type { Finding } from '../findings';
import { statusLabel } from '../grade/policies';
import type { PlanGrades, Policy } from '../grade/types';
import type { Objective, SheetPlan } from '../plan';
import type { Scorecard, ScorecardArea, ScorecardRow } from './model';

/** Name of the area that gathers objectives with no ancestor. */
export const PLAN_AREA = 'Piano';

/** "BSC1 – Utenti-imprese-territorio": the ancestor's title, after its code when it has one */
function areaName(t: Objective): string {
  const title = t.title.trim();
  if (t.code && title) return `${t.code} – ${title}`;
  return title || t.code || t.id;
}

/**
 * The scorecard of one plan: one row per objective that directly holds indicators, grouped into areas by
 * their top-level ancestor (named after its code and title; objectives with no ancestor go to the "Piano" area).
 * An area's grade is the plan's roll-up of that ancestor (PlanGrades); the "Piano" area's is the simple
 * mean of its rows. Errors and warnings are counted per objective through Finding.objectiveId; the total
 * counts every finding given. Linear in objectives + findings.
 */
export function buildScorecard(plan: SheetPlan, grades: PlanGrades, findings: Finding[], policy: Policy): Scorecard {
  const byId = new Map<string, Objective>();
  for (const o of plan.objectives) byId.set(o.id, o);
  const topCache = new Map<string, Objective | null>();
  const top = (o: Objective): Objective | null => {
    const cached = topCache.get(o.id);
    if (cached !== undefined) return cached;
    const seen = new Set<string>([o.id]);
    let x = o;
    while (x.parentId) {
      const p = byId.get(x.parentId);
      if (!p || seen.has(p.id)) break;
      seen.add(p.id);
      x = p;
    }
    const t = x === o ? null : x;
    topCache.set(o.id, t);
    return t;
  };

  const counts = new Map<string, { errors: number; warnings: number }>();
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    if (!f.objectiveId) continue;
    let c = counts.get(f.objectiveId);
    if (!c) counts.set(f.objectiveId, (c = { errors: 0, warnings: 0 }));
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
  }

  const areas = new Map<string, ScorecardArea>();
  let objectives = 0;
  let indicators = 0;
  for (const o of plan.objectives) {
    if (o.indicators.length === 0) continue;
    const t = top(o);
    const key = t ? `#${t.id}` : '';
    let area = areas.get(key);
    if (!area) {
      const name = t ? areaName(t) : PLAN_AREA;
      area = { name, grade: t ? grades.objectives.get(t.id)?.grade ?? null : null, status: '', rows: [] };
      areas.set(key, area);
    }
    const grade = grades.objectives.get(o.id)?.grade ?? null;
    const c = counts.get(o.id);
    const row: ScorecardRow = {
      objectiveId: o.id,
      code: o.code,
      title: o.title,
      level: o.level,
      weight: o.weight?.kind === 'number' ? o.weight.value : null,
      grade,
      status: statusLabel(grade, policy),
      errors: c?.errors ?? 0,
      warnings: c?.warnings ?? 0,
      indicators: o.indicators.length,
    };
    area.rows.push(row);
    objectives++;
    indicators += o.indicators.length;
  }
  const plain = areas.get('');
  if (plain) {
    const gs = plain.rows.map((r) => r.grade).filter((g): g is number => g !== null);
    plain.grade = gs.length ? gs.reduce((s, g) => s + g, 0) / gs.length : null;
  }
  for (const a of areas.values()) a.status = statusLabel(a.grade, policy);
  return {
    sheet: plan.sheet,
    layout: plan.layout,
    policy: policy.name,
    areas: [...areas.values()],
    total: { grade: grades.overall, status: statusLabel(grades.overall, policy), objectives, indicators, errors, warnings },
  };
}
