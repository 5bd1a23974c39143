import type { Finding, FindingCode } from '../findings';
import type { PlanGrades } from '../grade/types';
import type { Indicator, Objective, SheetPlan } from '../plan';
import type { Value } from '../values/types';

export interface RuleContext {
  /** grades under the default policy: what stated grades are checked against */
  grades: PlanGrades;
}

/** One check of the plan; each finding names its sheet and cell. */
export interface Rule {
  code: FindingCode;
  check(plan: SheetPlan, ctx: RuleContext): Finding[];
}

/** Italian number: 1234.5 -> "1.234,50" with `decimals` fixed decimals, or up to `decimals` when `trim`. */
export function numIt(x: number, decimals = 2, trim = false): string {
  // one formatter per shape: toLocaleString builds a new Intl.NumberFormat per call (slow on 100k findings)
  const key = `${decimals}|${trim}`;
  let f = FORMATTERS.get(key);
  if (!f) {
    f = new Intl.NumberFormat('it-IT', { minimumFractionDigits: trim ? 0 : decimals, maximumFractionDigits: decimals });
    FORMATTERS.set(key, f);
  }
  return f.format(x);
}
const FORMATTERS = new Map<string, Intl.NumberFormat>();

/** 0.9787 -> "97,87%", Italian style with two decimals (the way the plans show percentages) */
export function pct(x: number, decimals = 2): string {
  return numIt(x * 100, decimals) + '%';
}

/** A read value as the user would recognise it: the raw text, else an Italian rendering. */
export function shown(v: Value | null): string {
  if (!v) return '';
  switch (v.kind) {
    case 'missing':
    case 'unreadable':
      return v.raw;
    case 'date':
      return v.iso.split('-').reverse().join('/');
    case 'bool':
      return v.value ? 'sì' : 'no';
    case 'number':
      return v.unit === '%' ? pct(v.value) : numIt(v.value, 4, true) + (v.unit && v.unit !== 'n' ? ` ${v.unit}` : '');
  }
}

export function where(plan: SheetPlan, cell: string): string {
  return `Foglio «${plan.sheet}», cella ${cell}`;
}

const clip = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s);

/** "obiettivo 07.01" or "obiettivo «Titolo…»" (callers put the article: "dell’obiettivo …") */
export function objectiveLabel(o: Objective): string {
  return o.code ? `obiettivo ${o.code}` : `obiettivo «${clip(o.title)}»`;
}

export function indicatorName(i: Indicator): string {
  return `«${clip(i.name)}»`;
}

/** every indicator with its objective, in sheet order */
export function indicators(plan: SheetPlan): [Objective, Indicator][] {
  // built once per plan and shared by every rule: eleven generators over 100k rows were mostly garbage
  let list = PAIRS.get(plan);
  if (!list) {
    list = [];
    for (const o of plan.objectives) for (const i of o.indicators) list.push([o, i]);
    PAIRS.set(plan, list);
  }
  return list;
}
const PAIRS = new WeakMap<SheetPlan, [Objective, Indicator][]>();
