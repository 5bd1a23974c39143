import type { Finding } from '../findings';
import type { PlanGrades } from '../grade/types';
import type { SheetPlan } from '../plan';
import { parseA1 } from '../grid';
import { ActualMissingRule } from './ActualMissingRule';
import { ActualUnparseableRule } from './ActualUnparseableRule';
import { DuplicateCodeRule } from './DuplicateCodeRule';
import { GradeMismatchRule } from './GradeMismatchRule';
import { MeasureMismatchRule } from './MeasureMismatchRule';
import { TargetMissingRule } from './TargetMissingRule';
import { TargetOperatorMissingRule } from './TargetOperatorMissingRule';
import { TargetUnparseableRule } from './TargetUnparseableRule';
import { UnitMismatchRule } from './UnitMismatchRule';
import { WeightInvalidRule } from './WeightInvalidRule';
import { WeightSumRule } from './WeightSumRule';
import type { Rule } from './rule';

export type { Rule, RuleContext } from './rule';

export const RULES: Rule[] = [
  WeightSumRule,
  WeightInvalidRule,
  TargetMissingRule,
  TargetUnparseableRule,
  TargetOperatorMissingRule,
  ActualMissingRule,
  ActualUnparseableRule,
  GradeMismatchRule,
  MeasureMismatchRule,
  UnitMismatchRule,
  DuplicateCodeRule,
];

/** All rules; findings in sheet order (row, then column, then code). */
export function validatePlan(plan: SheetPlan, grades: PlanGrades): Finding[] {
  const all = RULES.flatMap((r) => r.check(plan, { grades }));
  const key = (f: Finding) => {
    const { row, col } = parseA1(f.cell);
    return row * 100000 + col;
  };
  return all.map((f) => [key(f), f] as const).sort((a, b) => a[0] - b[0] || a[1].code.localeCompare(b[1].code)).map(([, f]) => f);
}
