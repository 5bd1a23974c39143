import { classifyHeading, type Heading, type Role } from './headings';
import type { SheetView } from './sheet';

export interface ObjectiveColumn {
  col: number;
  role: 'area' | 'strategic' | 'operative' | 'objective';
}

/** Which column holds what, for one table block. Columns are 0-based sheet columns. */
export interface Mapping {
  /** 0-based rows the header occupies */
  rows: number[];
  roles: Map<number, Heading>;
  indicator: number | null;
  algorithm: number | null;
  weight: number | null;
  target: number | null;
  actual: number | null;
  grade: number | null;
  baseline: number | null;
  measures: number | null;
  unit: number | null;
  /** objective codes in a column of their own ("Codice") */
  code: number | null;
  objectives: ObjectiveColumn[];
  /** only actual/grade columns: a "Risultato anno" sub-header whose row completes the previous indicator */
  actualsOnly: boolean;
  /** the first cell is an objective title, the other headings years ("1. Semplificazione… | 2016 | … | 2021") */
  inlineObjective: { col: number; text: string } | null;
  lastCol: number;
}

// a table is a plan only with a column of targets, weights, actuals or grades (statistics have baselines and years too)
const CORE: Role[] = ['target', 'weight', 'actual', 'grade', 'measures'];

/** Headings of one row, with a second header row folded in ("Target" over "2025", merged groups). */
function rowHeadings(v: SheetView, row: number, below: number | null): Map<number, Heading> {
  const out = new Map<number, Heading>();
  for (let c = v.left; c <= v.right; c++) {
    const top = v.headerText(row, c);
    const bottom = below === null ? '' : v.headerText(below, c);
    const h = classifyHeading(bottom && top ? `${top} ${bottom}` : top || bottom) ?? (bottom ? classifyHeading(bottom) : null) ?? (top ? classifyHeading(top) : null);
    if (h) out.set(c, h);
  }
  return out;
}

function countRoles(h: Map<number, Heading>): Set<Role> {
  return new Set([...h.values()].map((x) => x.role));
}

function isHeaderLike(v: SheetView, row: number): boolean {
  const filled = v.filled(row);
  if (filled.length < 2) return false;
  let n = 0;
  for (const c of filled) if (classifyHeading(v.text(row, c))) n++;
  return n >= 2 && n >= filled.length - 1;
}

/**
 * Is `row` a table header? Needs two or more known headings, at least one of them a plan column
 * (target, weight, actual, grade, baseline, a year), and few cells that are not headings.
 */
export function readHeader(v: SheetView, row: number): Mapping | null {
  const filled = v.filled(row);
  if (filled.length < 2) return null;
  const first = v.text(row, filled[0]);
  const own = new Map<number, Heading>();
  let unknown = 0;
  for (let k = 0; k < filled.length; k++) {
    const c = filled[k];
    const h = classifyHeading(v.value(row, c)) ?? classifyHeading(v.text(row, c));
    if (h) own.set(c, h);
    else unknown++;
    // data rows: give up as soon as too many cells are not headings (a title row with years needs exactly one)
    const best = own.size + (filled.length - k - 1);
    if (unknown > 1 && unknown > Math.max(1, best / 2)) return null;
  }
  const roles = countRoles(own);
  const years = [...own.values()].filter((h) => h.role === 'year').length;
  // "1. Semplificazione… | 2016 | … | 2021 | Owner": an objective title heading a block of yearly targets
  if (years >= 2 && !classifyHeading(first) && unknown === 1) {
    own.delete(filled[0]);
    return build(v, [row], own, { col: filled[0], text: first });
  }
  // "Indicatore | Algoritmo" alone still opens an indicator table (individual objectives without targets)
  const indicatorTable = roles.has('indicator') && roles.has('algorithm');
  if (own.size < 2 || (![...roles].some((r) => CORE.includes(r)) && !indicatorTable)) return null;
  if (unknown > Math.max(1, own.size / 2)) return null;
  // a second header row right below (two-row headers, merged groups)
  const next = row + 1;
  let headings = own;
  const rows = [row];
  if (next <= v.bottom && isHeaderLike(v, next) && !readsAsNewBlock(v, next)) {
    headings = rowHeadings(v, row, next);
    rows.push(next);
  } else if (v.grid.merges.some((m) => m.top === row)) {
    headings = rowHeadings(v, row, null);
  }
  return build(v, rows, headings, null);
}

/** a row that is a header of its own kind (e.g. PIRA "Risultato anno" under "Risultato atteso") */
function readsAsNewBlock(v: SheetView, row: number): boolean {
  const roles = new Set(v.filled(row).map((c) => classifyHeading(v.text(row, c))?.role));
  return roles.has('actual') && !roles.has('target');
}

function pick(headings: Map<number, Heading>, role: Role, prefer: (hs: [number, Heading][]) => [number, Heading] | undefined = (hs) => hs[0]): number | null {
  const hs = [...headings.entries()].filter(([, h]) => h.role === role);
  if (hs.length === 0) return null;
  return (prefer(hs) ?? hs[0])[0];
}

function build(v: SheetView, rows: number[], headings: Map<number, Heading>, inlineObjective: Mapping['inlineObjective']): Mapping {
  const baselineYear = [...headings.values()].find((h) => h.role === 'baseline')?.year ?? null;
  // the plan year: the year after the baseline ("Valore 2020" -> "Target 2021"), else the latest
  const planYear = (hs: [number, Heading][]) => {
    const withYear = hs.filter(([, h]) => h.year !== null);
    if (withYear.length === 0) return undefined;
    if (baselineYear !== null) {
      const next = withYear.find(([, h]) => h.year === baselineYear + 1);
      if (next) return next;
    }
    return withYear.reduce((a, b) => ((b[1].year ?? 0) > (a[1].year ?? 0) ? b : a));
  };
  let target = pick(headings, 'target', planYear);
  if (target === null && inlineObjective) target = pick(headings, 'year', planYear);
  const targetYear = target !== null ? headings.get(target)?.year ?? null : null;
  const actual = pick(headings, 'actual', (hs) => hs.find(([, h]) => targetYear !== null && h.year === targetYear) ?? planYear(hs));
  const objectives: ObjectiveColumn[] = [];
  for (const [c, h] of headings) {
    if (h.role === 'area' || h.role === 'strategic' || h.role === 'operative' || h.role === 'objective') objectives.push({ col: c, role: h.role });
  }
  objectives.sort((a, b) => a.col - b.col);
  const roles = countRoles(headings);
  const actualsOnly = roles.has('actual') && !roles.has('target') && !roles.has('indicator') && !roles.has('weight');
  const lastCol = Math.max(...headings.keys(), inlineObjective?.col ?? 0, ...rows.flatMap((r) => v.filled(r)));
  return {
    rows,
    roles: headings,
    indicator: inlineObjective ? inlineObjective.col : pick(headings, 'indicator'),
    algorithm: pick(headings, 'algorithm'),
    weight: pick(headings, 'weight'),
    target,
    actual,
    grade: pick(headings, 'grade'),
    baseline: pick(headings, 'baseline'),
    measures: pick(headings, 'measures'),
    unit: pick(headings, 'unit'),
    code: pick(headings, 'code'),
    objectives,
    actualsOnly,
    inlineObjective,
    lastCol,
  };
}
