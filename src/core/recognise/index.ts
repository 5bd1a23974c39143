import type { Grid } from '../grid';
import type { Layout, Objective, SheetPlan } from '../plan';
import { scan, type ScanResult } from './scan';
import { SheetView } from './sheet';

/**
 * Find the plan in a sheet: objectives with their indicators, or null when the sheet holds none
 * (budgets, statistics, prose). Recognition never throws on content; it reads what it can.
 */
export function recognise(grid: Grid): SheetPlan | null {
  if (grid.values.length === 0) return null;
  const v = new SheetView(grid);
  const found = scan(v);
  // keep objectives that hold indicators and their ancestors; drop empty leaves (summary tables, headings)
  const keep = new Set<string>();
  const byId = new Map(found.objectives.map((o) => [o.id, o]));
  for (const o of found.objectives) {
    if (o.indicators.length === 0) continue;
    for (let x: typeof o | undefined = o; x && !keep.has(x.id); x = x.parentId ? byId.get(x.parentId) : undefined) keep.add(x.id);
  }
  const kept = found.objectives.filter((o) => keep.has(o.id));
  if (!kept.some((o) => o.indicators.length > 0)) return null;
  const tableMappings = found.mappings.filter((m) => !m.actualsOnly);
  const gradeCol = tableMappings.find((m) => m.grade !== null)?.grade ?? null;
  return {
    sheet: grid.sheet,
    layout: layoutOf(found, kept),
    headerRows: [...new Set(tableMappings.map((m) => m.rows[m.rows.length - 1] + 1))],
    hasActuals: found.mappings.some((m) => m.actual !== null),
    gradeColumn: gradeCol,
    nextFreeColumn: v.right + 1,
    objectives: kept,
  };
}

/** Name the family from what the scan saw (for the report and the pane; not used for reading). */
function layoutOf(s: ScanResult, objectives: Objective[]): Layout {
  const m = s.mappings;
  if (m.some((x) => x.objectives.length >= 2 && x.objectives.some((o) => o.role === 'operative') && x.weight !== null)) return 'consuntivo-gerarchico';
  const piaoCodes = objectives.some((o) => o.code && /^\d{2}_\d{2}_[A-Z]+\s?\d+$/.test(o.code));
  if (s.keyLines.has('piao') || (piaoCodes && s.keyLines.has('code'))) return 'piao-valore-pubblico';
  if (m.some((x) => x.inlineObjective)) return 'cruscotto-strategico';
  if (m.some((x) => x.actualsOnly)) return 'pira';
  if (s.keyLines.has('objective:strategic') || s.keyLines.has('objective:operative') || s.keyLines.has('objective:individual')) return 'piano-performance';
  return 'tabella-generica';
}
