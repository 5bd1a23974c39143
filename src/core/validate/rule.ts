import type { Finding, FindingCode } from '../findings';
import type { PlanGrades } from '../grade/types';
import type { Indicator, Objective, SheetPlan } from '../plan';

export interface RuleContext {
  /** grades under the default policy: what stated grades are checked against */
  grades: PlanGrades;
}

/** One check of the plan; each finding names its sheet and cell. */
export interface Rule {
  code: FindingCode;
  check(plan: SheetPlan, ctx: RuleContext): Finding[];
}

/** 0.9787 -> "97,87%"; keeps up to `decimals` decimals, Italian style */
export function pct(x: number, decimals = 2): string {
  return (x * 100).toLocaleString('it-IT', { minimumFractionDigits: 0, maximumFractionDigits: decimals }) + '%';
}

export function where(plan: SheetPlan, cell: string): string {
  return `Foglio «${plan.sheet}», cella ${cell}`;
}

export function objectiveName(o: Objective): string {
  return o.code ? `l’obiettivo ${o.code}` : `l’obiettivo «${o.title.length > 60 ? o.title.slice(0, 57) + '…' : o.title}»`;
}

export function indicatorName(i: Indicator): string {
  return `«${i.name.length > 60 ? i.name.slice(0, 57) + '…' : i.name}»`;
}

/** every indicator with its objective, in sheet order */
export function* indicators(plan: SheetPlan): Generator<[Objective, Indicator]> {
  for (const o of plan.objectives) for (const i of o.indicators) yield [o, i];
}
