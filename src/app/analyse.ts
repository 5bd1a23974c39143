import type { Grid } from '../core/grid';
import { a1, parseA1 } from '../core/grid';
import type { Finding } from '../core/findings';
import type { SheetPlan } from '../core/plan';
import type { Policy, PlanGrades } from '../core/grade/types';
import type { Scorecard } from '../core/scorecard/model';
import type { CellEdit, WorkbookPort } from '../workbook/port';
import { recognise } from '../core/recognise';
import { validatePlan } from '../core/validate';
import { gradePlan } from '../core/grade';
import { getPolicy } from '../core/grade/policies';
import { buildScorecard } from '../core/scorecard/build';

/** Everything the app knows about one sheet after one pass of the engine. */
export interface SheetAnalysis {
  sheet: string;
  plan: SheetPlan | null;
  findings: Finding[];
  /** grades under the chosen policy; null when the sheet holds no plan */
  grades: PlanGrades | null;
  policy: Policy;
  /** Italian notes for the user (e.g. "nessuna colonna di consuntivo: gradi non calcolati") */
  notes: string[];
}

export const DEFAULT_POLICY = 'proporzionale';

export function policyOrDefault(name?: string | null): Policy {
  const p = getPolicy(name ?? DEFAULT_POLICY);
  if (!p) throw new Error(`Politica di valutazione sconosciuta: «${name}».`);
  return p;
}

/** recognise -> grade -> validate. Stated-grade checks always use the default policy (what the sources use). */
export function analyseGrid(grid: Grid, policy: Policy): SheetAnalysis {
  const plan = recognise(grid);
  if (!plan) return { sheet: grid.sheet, plan: null, findings: [], grades: null, policy, notes: ['Nessun piano riconosciuto in questo foglio.'] };
  const grades = gradePlan(plan, policy);
  const reference = policy.name === DEFAULT_POLICY ? grades : gradePlan(plan, policyOrDefault(DEFAULT_POLICY));
  const findings = validatePlan(plan, reference);
  const notes: string[] = [];
  if (!plan.hasActuals) {
    notes.push(`Foglio «${grid.sheet}»: il piano non ha una colonna di consuntivo, quindi i gradi di raggiungimento non sono calcolati (pesi e target sono stati comunque verificati).`);
  }
  return { sheet: grid.sheet, plan, findings, grades: plan.hasActuals ? grades : null, policy, notes };
}

export async function analyseWorkbook(port: WorkbookPort, policy: Policy, sheets?: string[]): Promise<SheetAnalysis[]> {
  const names = sheets ?? (await port.sheetNames());
  const out: SheetAnalysis[] = [];
  for (const name of names) out.push(analyseGrid(await port.readSheet(name), policy));
  return out;
}

export const GRADE_FORMAT = '0.00%';
export const GRADE_HEADER = 'Grado di raggiungimento';

/**
 * The cell edits that write computed grades: indicator grades (and objective grades where the layout
 * has a place), into the plan's grade column; when there is none, a new column after the last plan column
 * with a header on each header row. Grades that are null are not written.
 */
export function gradeEdits(a: SheetAnalysis): CellEdit[] {
  const { plan, grades } = a;
  if (!plan || !grades) return [];
  const edits: CellEdit[] = [];
  const newCol = plan.gradeColumn === null ? plan.nextFreeColumn : null;
  if (newCol !== null) {
    for (const hr of plan.headerRows) edits.push({ row: hr - 1, col: newCol, value: GRADE_HEADER });
  }
  const place = (cell: string | null, row: number) => (cell ? parseA1(cell) : newCol !== null ? { row: row - 1, col: newCol } : null);
  for (const o of plan.objectives) {
    const og = grades.objectives.get(o.id);
    const oc = o.gradeCell ? parseA1(o.gradeCell) : null;
    if (oc && og && og.grade !== null) edits.push({ ...oc, value: round(og.grade), numberFormat: GRADE_FORMAT });
    for (const ind of o.indicators) {
      const g = grades.indicators.get(ind.row);
      const at = place(ind.gradeCell, ind.row);
      if (at && g && g.grade !== null) edits.push({ ...at, value: round(g.grade), numberFormat: GRADE_FORMAT });
    }
  }
  return edits;
}

/** Grades are written with 6 decimals: stable across re-grading, exact enough for any display. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function scorecardOf(a: SheetAnalysis): Scorecard | null {
  if (!a.plan) return null;
  const grades = a.grades ?? gradePlan(a.plan, a.policy);
  return buildScorecard(a.plan, grades, a.findings, a.policy);
}

export { a1 };
