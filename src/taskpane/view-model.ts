import type { SheetAnalysis } from '../app/analyse';
import type { Finding, Severity } from '../core/findings';
import type { Band, Policy } from '../core/grade/types';
import type { Objective } from '../core/plan';

/**
 * What the pane shows, derived from one SheetAnalysis. Pure, so it is tested without a browser;
 * the components only lay it out.
 */
export interface PlanSummary {
  sheet: string;
  layout: string;
  objectives: number;
  indicators: number;
  headerRows: number[];
  hasActuals: boolean;
}

export interface FindingGroup {
  /** objective id, or '' for findings that belong to no objective */
  key: string;
  /** 'code – title', or null for the general group */
  label: string | null;
  errors: number;
  warnings: number;
  findings: Finding[];
}

export interface GradeRow {
  id: string;
  code: string | null;
  title: string;
  level: Objective['level'];
  grade: number | null;
  status: string;
}

export interface PaneModel {
  sheet: string;
  summary: PlanSummary | null;
  groups: FindingGroup[];
  errors: number;
  warnings: number;
  grades: GradeRow[];
  overall: number | null;
  notes: string[];
}

/** `statuses`: status label by objective id (from the scorecard, see statuses.ts); missing ones come from the policy. */
export function paneModel(a: SheetAnalysis, statuses: ReadonlyMap<string, string> = new Map()): PaneModel {
  const plan = a.plan;
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  const warnings = a.findings.filter((f) => f.severity === 'warning').length;
  return {
    sheet: a.sheet,
    summary: plan
      ? {
          sheet: a.sheet,
          layout: plan.layout,
          objectives: plan.objectives.length,
          indicators: plan.objectives.reduce((n, o) => n + o.indicators.length, 0),
          headerRows: [...plan.headerRows],
          hasActuals: plan.hasActuals,
        }
      : null,
    groups: groupFindings(a),
    errors,
    warnings,
    grades: gradeRows(a, statuses),
    overall: a.grades?.overall ?? null,
    notes: [...a.notes],
  };
}

export function objectiveLabel(o: Pick<Objective, 'code' | 'title'>): string {
  const title = o.title.trim();
  if (!o.code) return title;
  // titles often repeat the code ("01.01 - ARBITRATO…"): do not show it twice
  return title.startsWith(o.code) ? title : `${o.code} – ${title}`;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings grouped by objective, in plan order; findings without an objective (or naming one the
 * plan does not hold) go to a general group first. Inside a group: sheet order (row, then column).
 */
export function groupFindings(a: SheetAnalysis): FindingGroup[] {
  const objectives = a.plan?.objectives ?? [];
  const byId = new Map(objectives.map((o, i) => [o.id, { o, i }]));
  const groups = new Map<string, FindingGroup>();
  for (const f of a.findings) {
    const hit = f.objectiveId ? byId.get(f.objectiveId) : undefined;
    const key = hit ? hit.o.id : '';
    let g = groups.get(key);
    if (!g) {
      g = { key, label: hit ? objectiveLabel(hit.o) : null, errors: 0, warnings: 0, findings: [] };
      groups.set(key, g);
    }
    g.findings.push(f);
    if (f.severity === 'error') g.errors++;
    if (f.severity === 'warning') g.warnings++;
  }
  const order = (key: string) => (key === '' ? -1 : byId.get(key)!.i);
  const list = [...groups.values()].sort((x, y) => order(x.key) - order(y.key));
  for (const g of list) g.findings.sort(compareFindings);
  return list;
}

function compareFindings(x: Finding, y: Finding): number {
  const cx = cellOrder(x.cell);
  const cy = cellOrder(y.cell);
  return cx.row - cy.row || cx.col - cy.col || SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || x.code.localeCompare(y.code);
}

function cellOrder(cell: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(cell.trim());
  if (!m) return { row: Number.MAX_SAFE_INTEGER, col: 0 };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/**
 * One row per objective with a computed grade (objectives the policy could not grade included,
 * with grade null). Status labels preferably come from the scorecard, so the pane and the
 * Scorecard sheet agree; otherwise from the policy's bands.
 */
export function gradeRows(a: SheetAnalysis, statuses: ReadonlyMap<string, string> = new Map()): GradeRow[] {
  if (!a.plan || !a.grades) return [];
  const rows: GradeRow[] = [];
  for (const o of a.plan.objectives) {
    const g = a.grades.objectives.get(o.id);
    if (!g) continue;
    rows.push({
      id: o.id,
      code: o.code,
      title: o.title,
      level: o.level,
      grade: g.grade,
      status: statuses.get(o.id) ?? statusFromPolicy(a.policy, g.grade),
    });
  }
  return rows;
}

const DEFAULT_BANDS: Band[] = [
  { min: 1, label: 'Raggiunto' },
  { min: 1e-6, label: 'Parzialmente raggiunto' },
  { min: 0, label: 'Non raggiunto' },
];

export function statusFromPolicy(policy: Policy, grade: number | null): string {
  if (grade === null) return 'Non valutabile';
  const bands = [...(policy.bands && policy.bands.length > 0 ? policy.bands : DEFAULT_BANDS)].sort((x, y) => y.min - x.min);
  // half a unit of the 6 decimals grades are written with: 0.9999996 is "100%", 0 is not "partial"
  const hit = bands.find((b) => grade + 5e-7 >= b.min);
  return hit ? hit.label : bands[bands.length - 1].label;
}
